using Anknytning.Content;
using Anknytning.Web.Features.Account;
using Anknytning.Web.Features.Lessons;
using Anknytning.Web.Features.Progress;
using Anknytning.Web.Site;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anknytning.Web.Features.Home;

public sealed class IndexModel(ILessonCatalog catalog, ReadingProgress progress, IStringLocalizer<LessonsText> text)
    : PageModel, IDescribedPage
{
    public string PageTitle => text["HomeTitle"];

    public string PageDescription => text["HomeIntro"];

    public IReadOnlyList<Theme> Themes => catalog.Themes;

    public IReadOnlyList<Source> Sources => catalog.Sources;

    /// <summary>The first lesson in the reader's own language: the gentlest way in.</summary>
    public Lesson? StartHere { get; private set; }

    /// <summary>What the signed-in reader has read, and where to go on; null for anonymous readers (no database).</summary>
    public ReadingSummary? Reading { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        StartHere = catalog.Lessons.FirstOrDefault(l => l.Language == UiLanguage.Current);
        if (User.Identity?.IsAuthenticated == true)
        {
            Reading = await progress.SummaryAsync(User.GetUserId(), ct);
        }
    }

    public int LessonCount(Theme theme, string language) =>
        catalog.LessonsInTheme(theme.Id).Count(l => l.Language == language);
}
