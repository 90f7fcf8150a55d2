using Anknytning.Content;
using Anknytning.Web.Features.Account;
using Anknytning.Web.Site;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anknytning.Web.Features.Progress;

/// <summary>"Min läsning": how far the signed-in reader has come, per theme and per lesson.</summary>
public sealed class IndexModel(ILessonCatalog catalog, ReadingProgress progress, IStringLocalizer<ProgressText> text)
    : PageModel, IDescribedPage
{
    public ReadingSummary Summary { get; private set; } = default!;

    /// <summary>Each source's lessons in reading order, so each lesson is listed once.</summary>
    public IReadOnlyList<(Source Source, IReadOnlyList<LessonProgress> Lessons)> Sources { get; private set; } = [];

    public string PageTitle => text["MyReading"];

    public string PageDescription => text["MyReadingIntro"];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Summary = await progress.SummaryAsync(User.GetUserId(), ct);
        Sources = [.. catalog.Sources
            .OrderBy(s => s.Language == UiLanguage.Current ? 0 : 1)
            .Select(s => (s, (IReadOnlyList<LessonProgress>)[.. catalog.LessonsInSource(s.Id).Select(Summary.For)]))];
    }
}
