using System.ComponentModel.DataAnnotations;
using System.Text;
using Anknytning.Web.Site;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace Anknytning.Web.Features.Account;

/// <summary>The page the reset mail links to: /konto/nytt-losenord?konto={id}&amp;kod={token}.</summary>
[LimitPasswordAttempts]
public sealed class ResetPasswordModel(UserManager<UserAccount> users, SignInSessions sessions, IStringLocalizer<AccountText> text) : PageModel, IDescribedPage
{
    // The fields' names, as asp-for writes them and the model binder reads them.
    private const string NewPasswordField = $"{nameof(Input)}.{nameof(InputModel.NewPassword)}";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "konto")]
    public string? AccountId { get; set; }

    [BindProperty(SupportsGet = true, Name = "kod")]
    public string? Code { get; set; }

    [TempData]
    public bool Done { get; set; }

    public bool LinkIsBroken => !Done && (string.IsNullOrEmpty(AccountId) || string.IsNullOrEmpty(Code));

    public string PageTitle => text["ResetTitle"];

    public string PageDescription => text["ResetTitle"];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (LinkIsBroken || !ModelState.IsValid)
        {
            return Page();
        }

        var account = await users.FindByIdAsync(AccountId!);
        var result = account is null ? null : await users.ResetPasswordAsync(account, Token(Code!), Input.NewPassword);
        if (result is not { Succeeded: true })
        {
            var errors = result?.Errors ?? [new IdentityError { Code = "InvalidToken", Description = text["ResetInvalid"] }];
            foreach (var error in errors)
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? NewPasswordField : "", error.Description);
            }

            return Page();
        }

        // Whoever else holds a signed-in device (or a copied cookie) is signed out now, not at Identity's next
        // security-stamp check: a reset is often how someone takes their account back.
        await sessions.EndAllAsync(account!.Id, HttpContext.RequestAborted);
        Done = true;
        return RedirectToPage(new { konto = (string?)null, kod = (string?)null });
    }

    private static string Token(string code)
    {
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return "";
        }
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Required"), StringLength(200, ErrorMessage = "StringLength"), MinLength(PasswordRule.MinimumLength, ErrorMessage = "PasswordTooShort")]
        [DataType(DataType.Password), Display(Name = "NewPassword")]
        public string NewPassword { get; set; } = "";

        [Required(ErrorMessage = "Required"), Compare(nameof(NewPassword), ErrorMessage = "PasswordsDiffer")]
        [DataType(DataType.Password), Display(Name = "ConfirmPassword")]
        public string ConfirmPassword { get; set; } = "";
    }
}
