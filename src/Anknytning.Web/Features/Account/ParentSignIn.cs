using Microsoft.AspNetCore.Identity;

namespace Anknytning.Web.Features.Account;

public enum SignInOutcome
{
    SignedIn,

    /// <summary>Wrong address or password, or the account is locked for a while: one answer for all three.</summary>
    Refused,
}

/// <summary>
/// The one place a password is checked for signing in: the sign-in page and the journal's sign-in beside a kept
/// text both come here. Whether an address has an account must not show, neither in the words nor in the time
/// the answer takes, so an unknown address costs a password hash too.
/// </summary>
public sealed class ParentSignIn(SignInManager<UserAccount> signIn, ILogger<ParentSignIn> logger)
{
    // Hashed once, lazily, with the app's own hasher settings, so checking it costs what a real check costs.
    private static readonly Lazy<string> DummyHash = new(() =>
        new PasswordHasher<UserAccount>().HashPassword(new UserAccount(), "no account has this password"));

    public async Task<(SignInOutcome Outcome, UserAccount? Account)> SignInAsync(string email, string password, bool remember)
    {
        var users = signIn.UserManager;
        var account = await users.FindByEmailAsync(email.Trim());
        if (account is null)
        {
            users.PasswordHasher.VerifyHashedPassword(new UserAccount(), DummyHash.Value, password);
            logger.LogWarning("Sign-in failed for an address without an account");
            return (SignInOutcome.Refused, null);
        }

        var result = await signIn.PasswordSignInAsync(account, password, remember, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return (SignInOutcome.SignedIn, account);
        }

        if (result.IsLockedOut)
        {
            // Identity answers a locked account without hashing; hash anyway so the time does not tell.
            users.PasswordHasher.VerifyHashedPassword(account, DummyHash.Value, password);
            logger.LogWarning("Account {UserId} is locked out after repeated failed sign-ins", account.Id);
        }
        else
        {
            logger.LogWarning("Sign-in failed for account {UserId}", account.Id);
        }

        return (SignInOutcome.Refused, account);
    }

    /// <summary>The signed-in principal for a page drawn in the same request as the sign-in.</summary>
    public Task<System.Security.Claims.ClaimsPrincipal> PrincipalAsync(UserAccount account) => signIn.CreateUserPrincipalAsync(account);
}
