using Anknytning.Web.Features.Account;
using Anknytning.Web.Site;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anknytning.Web.Features.ReadingLists.Editor;

/// <summary>"/laslistor": the signed-in health visitor's own lists.</summary>
public sealed class IndexModel(VisitorLists lists, IStringLocalizer<ReadingListsText> text) : PageModel, IDescribedPage
{
    public IReadOnlyList<ListSummary> Lists { get; private set; } = [];

    public string PageTitle => text["ListsTitle"];

    public string PageDescription => text["ListsIntro"];

    public async Task OnGetAsync(CancellationToken ct) => Lists = await lists.MineAsync(User.GetUserId(), ct);
}
