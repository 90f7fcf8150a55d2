using System.ComponentModel.DataAnnotations;
using Anknytning.Web.Site;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anknytning.Web.Features.Account;

[LimitPasswordAttempts]
public sealed partial class RegisterModel(
    UserManager<UserAccount> users,
    SignInManager<UserAccount> signIn,
    TimeProvider clock,
    IStringLocalizer<AccountText> text,
    ILogger<RegisterModel> logger) : PageModel, IDescribedPage
{
    /// <summary>Set once after registering: the next page welcomes the new reader.</summary>
    public const string WelcomeKey = "Welcome";

    // The fields' names, as asp-for writes them and the model binder reads them.
    private const string PasswordField = $"{nameof(Input)}.{nameof(InputModel.Password)}";
    private const string EmailField = $"{nameof(Input)}.{nameof(InputModel.Email)}";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The address already has an account.</summary>
    public bool AddressTaken { get; private set; }

    public string PageTitle => text["RegisterTitle"];

    public string PageDescription => text["RegisterIntro"];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var account = new UserAccount { UserName = Input.Email, Email = Input.Email, CreatedAt = clock.GetUtcNow() };
        var result = await users.CreateAsync(account, Input.Password);
        if (!result.Succeeded)
        {
            // A taken address may be said: the page then offers to sign in or to reset the password instead.
            AddressTaken = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateEmail));
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? PasswordField : EmailField, error.Description);
            }

            return Page();
        }

        LogRegistered(account.Id);
        await signIn.SignInAsync(account, isPersistent: true);
        // The page they return to greets them once and says what the account is for (see _Layout).
        TempData[WelcomeKey] = true;
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {UserId} registered")]
    private partial void LogRegistered(string userId);

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Required"), EmailAddress(ErrorMessage = "EmailAddress"), StringLength(256, ErrorMessage = "StringLength")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Required"), StringLength(200, ErrorMessage = "StringLength"), MinLength(PasswordRule.MinimumLength, ErrorMessage = "PasswordTooShort")]
        [DataType(DataType.Password), Display(Name = "Password")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Required"), Compare(nameof(Password), ErrorMessage = "PasswordsDiffer")]
        [DataType(DataType.Password), Display(Name = "ConfirmPassword")]
        public string ConfirmPassword { get; set; } = "";
    }
}
