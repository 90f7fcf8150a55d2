using Anknytning.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anknytning.Web.Features.Account;

public sealed class MyDataModel(PersonalDataExport export, TimeProvider clock, IStringLocalizer<AccountText> text) : PageModel, IDescribedPage
{
    public string PageTitle => text["MyDataTitle"];

    public string PageDescription => text["MyDataIntro"];

    public void OnGet()
    {
    }

    // A POST, not a link: nothing prefetches or caches a file this private.
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var zip = await export.ZipAsync(User.GetUserId(), ct);
        Response.Headers.CacheControl = "no-store";
        return File(zip, "application/zip", $"anknytning-{clock.GetUtcNow():yyyy-MM-dd}.zip");
    }
}
