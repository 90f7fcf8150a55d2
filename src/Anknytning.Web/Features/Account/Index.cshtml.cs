using Anknytning.Web.Features.ReadingLists;
using Anknytning.Web.Site;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anknytning.Web.Features.Account;

public sealed class IndexModel(UserManager<UserAccount> users, HealthVisitors visitors, IStringLocalizer<AccountText> text) : PageModel, IDescribedPage
{
    public string Email { get; private set; } = "";

    /// <summary>Whether the account holds the health-visitor role now (read from the database, not the cookie).</summary>
    public bool IsHealthVisitor { get; private set; }

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
        IsHealthVisitor = await visitors.IsHealthVisitorAsync(account.Id, HttpContext.RequestAborted);
        return Page();
    }
}
