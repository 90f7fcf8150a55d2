using Anknytning.Web.Site;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anknytning.Web.Features.Account;

/// <summary>Signing out is a POST (a link could be triggered by another site); the GET only asks.</summary>
public sealed class SignOutModel(SignInManager<UserAccount> signIn, IStringLocalizer<AccountText> text) : PageModel, IDescribedPage
{
    public string PageTitle => text["SignOutTitle"];

    public string PageDescription => text["SignOutQuestion"];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage("/Home/Index");
    }
}
