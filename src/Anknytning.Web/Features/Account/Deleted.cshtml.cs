using Anknytning.Web.Site;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anknytning.Web.Features.Account;

/// <summary>The goodbye page after an account is deleted; the person is signed out by then.</summary>
public sealed class DeletedModel(IStringLocalizer<AccountText> text) : PageModel, IDescribedPage
{
    public string PageTitle => text["DeleteTitle"];

    public string PageDescription => text["AccountDeleted"];

    public void OnGet()
    {
    }
}
