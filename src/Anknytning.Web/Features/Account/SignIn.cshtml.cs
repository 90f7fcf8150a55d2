using System.ComponentModel.DataAnnotations;
using Anknytning.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anknytning.Web.Features.Account;

[LimitPasswordAttempts]
public sealed class SignInModel(ParentSignIn signIn, IStringLocalizer<AccountText> text) : PageModel, IDescribedPage
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

        var (outcome, _) = await signIn.SignInAsync(Input.Email, Input.Password, Input.RememberMe);
        if (outcome == SignInOutcome.SignedIn)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        // The same words whether the address is unknown, the password wrong or the account locked for a while.
        ModelState.AddModelError("", text["SignInFailed"]);
        return Page();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Required"), EmailAddress(ErrorMessage = "EmailAddress"), StringLength(256, ErrorMessage = "StringLength")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Required"), StringLength(200, ErrorMessage = "StringLength")]
        [DataType(DataType.Password), Display(Name = "Password")]
        public string Password { get; set; } = "";

        /// <summary>Unticked: on a shared tablet the sign-in should end with the browser.</summary>
        [Display(Name = "RememberMe")]
        public bool RememberMe { get; set; }
    }
}
