using System.ComponentModel.DataAnnotations;
using System.Text;
using Anknytning.Web.Site;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace Anknytning.Web.Features.Account;

[LimitPasswordAttempts]
public sealed class ForgotPasswordModel(
    UserManager<UserAccount> users,
    IEmailSender<UserAccount> mail,
    PublicOrigin origin,
    IStringLocalizer<AccountText> text) : PageModel, IDescribedPage
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public bool Sent { get; set; }

    public string PageTitle => text["ForgotTitle"];

    public string PageDescription => text["ForgotIntro"];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // The same answer whether or not the address has an account, so the form can't be used to find out.
        if (await users.FindByEmailAsync(Input.Email) is { } account)
        {
            var token = await users.GeneratePasswordResetTokenAsync(account);
            var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
            // From Site:PublicOrigin, never from the Host header: a forged one must not put another site in the mail.
            var link = origin.Link(Request, Url.Page("/Account/ResetPassword", new { konto = account.Id, kod = code })!);
            await mail.SendPasswordResetLinkAsync(account, Input.Email, link.AbsoluteUri);
        }

        Sent = true;
        return RedirectToPage();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Required"), EmailAddress(ErrorMessage = "EmailAddress"), StringLength(256, ErrorMessage = "StringLength")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";
    }
}
