using Anknytning.Web.Site;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anknytning.Web.Features.Account;

public sealed class IndexModel(UserManager<UserAccount> users, IStringLocalizer<AccountText> text) : PageModel, IDescribedPage
{
    public string Email { get; private set; } = "";

    public string PageTitle => text["AccountTitle"];

    public string PageDescription => text["AccountTitle"];

    public async Task<IActionResult> OnGetAsync()
    {
        var account = await users.GetUserAsync(User);
        if (account is null)
        {
            return Challenge();
        }

        Email = account.Email ?? "";
        return Page();
    }
}
