using System.ComponentModel.DataAnnotations;
using Anknytning.Web.Site;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Anknytning.Web.Features.Account;

[EnableRateLimiting(AccountSetup.AttemptsPolicy)]
public sealed partial class SignInModel(
    SignInManager<UserAccount> signIn,
    UserManager<UserAccount> users,
    IStringLocalizer<AccountText> text,
    ILogger<SignInModel> logger) : PageModel, IDescribedPage
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string PageTitle => text["SignInTitle"];

    public string PageDescription => text["SignInIntro"];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.Email, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturn.To(ReturnUrl));
        }

        // Events for monitoring carry the account id at most: never the password, never the typed address.
        var account = await users.FindByEmailAsync(Input.Email);
        if (result.IsLockedOut)
        {
            LogLockedOut(account?.Id ?? "(unknown)");
            ModelState.AddModelError("", text["LockedOut"]);
        }
        else
        {
            LogFailed(account?.Id ?? "(no such account)");
            ModelState.AddModelError("", text["SignInFailed"]);
        }

        return Page();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in failed for account {UserId}")]
    private partial void LogFailed(string userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {UserId} is locked out after repeated failed sign-ins")]
    private partial void LogLockedOut(string userId);

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Required"), EmailAddress(ErrorMessage = "EmailAddress"), StringLength(256, ErrorMessage = "StringLength")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Required"), StringLength(200, ErrorMessage = "StringLength")]
        [DataType(DataType.Password), Display(Name = "Password")]
        public string Password { get; set; } = "";

        [Display(Name = "RememberMe")]
        public bool RememberMe { get; set; } = true;
    }
}
