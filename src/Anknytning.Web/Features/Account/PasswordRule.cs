namespace Anknytning.Web.Features.Account;

/// <summary>
/// What a password must be, stated once for Identity, the forms that set a password and the hint beside them.
/// Long passphrases beat composition rules (NIST SP 800-63B): length only.
/// </summary>
public static class PasswordRule
{
    public const int MinimumLength = 10;
}
