using System.ComponentModel.DataAnnotations;
using Anknytning.Web.Site;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anknytning.Web.Features.Account;

[LimitPasswordAttempts]
public sealed class ChangePasswordModel(
    UserManager<UserAccount> users,
    SignInManager<UserAccount> signIn,
    SignInSessions sessions,
    IStringLocalizer<AccountText> text) : PageModel, IDescribedPage
{
    // The fields' names, as asp-for writes them and the model binder reads them.
    private const string CurrentPasswordField = $"{nameof(Input)}.{nameof(InputModel.CurrentPassword)}";
    private const string NewPasswordField = $"{nameof(Input)}.{nameof(InputModel.NewPassword)}";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>Set after a successful change, shown once after the redirect.</summary>
    [TempData]
    public bool Changed { get; set; }

    public string PageTitle => text["ChangePasswordTitle"];

    public string PageDescription => text["ChangePasswordTitle"];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var account = await users.GetUserAsync(User);
        if (account is null)
        {
            return Challenge();
        }

        // The current password is a password check like any other: failures count toward the lockout.
        var check = await signIn.CheckPasswordSignInAsync(account, Input.CurrentPassword, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            ModelState.AddModelError(CurrentPasswordField, text[check.IsLockedOut ? "LockedOut" : "IdentityPasswordMismatch"]);
            return Page();
        }

        var result = await users.ChangePasswordAsync(account, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? CurrentPasswordField : NewPasswordField, error.Description);
            }

            return Page();
        }

        // Every other device (and any copied cookie) is signed out at once; this one gets a new session.
        await sessions.EndAllAsync(account.Id, HttpContext.RequestAborted);
        await signIn.RefreshSignInAsync(account);
        Changed = true;
        return RedirectToPage();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Required"), StringLength(200, ErrorMessage = "StringLength")]
        [DataType(DataType.Password), Display(Name = "CurrentPassword")]
        public string CurrentPassword { get; set; } = "";

        [Required(ErrorMessage = "Required"), StringLength(200, ErrorMessage = "StringLength"), MinLength(PasswordRule.MinimumLength, ErrorMessage = "PasswordTooShort")]
        [DataType(DataType.Password), Display(Name = "NewPassword")]
        public string NewPassword { get; set; } = "";

        [Required(ErrorMessage = "Required"), Compare(nameof(NewPassword), ErrorMessage = "PasswordsDiffer")]
        [DataType(DataType.Password), Display(Name = "ConfirmPassword")]
        public string ConfirmPassword { get; set; } = "";
    }
}
