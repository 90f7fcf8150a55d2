using Anknytning.Web.Site;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anknytning.Web.Features.Errors;

/// <summary>Shown for every 404, also when re-executed from an unknown address, which keeps its own URL.</summary>
public sealed class NotFoundModel(IStringLocalizer<SiteText> text) : PageModel, IDescribedPage
{
    public string PageTitle => text["NotFoundTitle"];

    public string PageDescription => text["NotFoundText"];

    public void OnGet() => Response.StatusCode = StatusCodes.Status404NotFound;
}
