using Anknytning.Content;
using Anknytning.Web.Features.Account;
using Anknytning.Web.Features.ReadingLists;
using Anknytning.Web.Site;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anknytning.Web.Features.Progress;

/// <summary>"Min läsning": how far the signed-in reader has come, per theme and per lesson.</summary>
public sealed class IndexModel(ILessonCatalog catalog, ReadingProgress progress, ParentLists lists, IStringLocalizer<ProgressText> text)
    : PageModel, IDescribedPage
{
    public ReadingSummary Summary { get; private set; } = default!;

    /// <summary>Each source's lessons in reading order, so each lesson is listed once.</summary>
    public IReadOnlyList<(Source Source, IReadOnlyList<LessonProgress> Lessons)> Sources { get; private set; } = [];

    /// <summary>Reading lists the reader has saved from a health visitor's code, with their progress.</summary>
    public IReadOnlyList<SavedList> SavedLists { get; private set; } = [];

    public string PageTitle => text["MyReading"];

    public string PageDescription => text["MyReadingIntro"];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Summary = await progress.SummaryAsync(User.GetUserId(), ct);
        SavedLists = await lists.SavedAsync(User.GetUserId(), ct);
        Sources = [.. catalog.Sources
            .OrderBy(s => s.Language == UiLanguage.Current ? 0 : 1)
            .Select(s => (s, (IReadOnlyList<LessonProgress>)[.. catalog.LessonsInSource(s.Id).Select(Summary.For)]))];
    }
}
