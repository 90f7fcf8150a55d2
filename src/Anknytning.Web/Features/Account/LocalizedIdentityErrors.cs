using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Anknytning.Web.Features.Account;

/// <summary>Identity's own messages ("Passwords must be at least 10 characters") in the reader's language.</summary>
public sealed class LocalizedIdentityErrors(IStringLocalizer<AccountText> text) : IdentityErrorDescriber
{
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail));

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateEmail));

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail));

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidEmail));

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), length);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch));

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken));

    public override IdentityError DefaultError() => Error(nameof(DefaultError));

    public override IdentityError ConcurrencyFailure() => Error(nameof(DefaultError));

    private IdentityError Error(string code, params object[] arguments) =>
        new() { Code = code, Description = text["Identity" + code, arguments] };
}
