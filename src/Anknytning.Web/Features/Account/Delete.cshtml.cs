using System.ComponentModel.DataAnnotations;
using Anknytning.Web.Site;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anknytning.Web.Features.Account;

/// <summary>Deletes the account and, through the database's cascades, everything that belongs to it.</summary>
[LimitPasswordAttempts]
public sealed partial class DeleteModel(
    UserManager<UserAccount> users,
    SignInManager<UserAccount> signIn,
    IStringLocalizer<AccountText> text,
    ILogger<DeleteModel> logger) : PageModel, IDescribedPage
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public bool Deleted { get; set; }

    public string PageTitle => text["DeleteTitle"];

    public string PageDescription => text["DeleteIntro"];

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

        var check = await signIn.CheckPasswordSignInAsync(account, Input.Password, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(InputModel.Password)}", check.IsLockedOut ? text["LockedOut"] : text["DeleteWrongPassword"]);
            return Page();
        }

        var result = await users.DeleteAsync(account);
        if (!result.Succeeded)
        {
            ModelState.AddModelError("", text["IdentityDefaultError"]);
            return Page();
        }

        LogDeleted(account.Id);
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Deleted");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {UserId} deleted with all its data")]
    private partial void LogDeleted(string userId);

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Required"), StringLength(200, ErrorMessage = "StringLength")]
        [DataType(DataType.Password), Display(Name = "Password")]
        public string Password { get; set; } = "";
    }
}
