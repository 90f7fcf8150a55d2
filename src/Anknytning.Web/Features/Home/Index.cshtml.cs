using Anknytning.Content;
using Anknytning.Web.Features.Account;
using Anknytning.Web.Features.Journal;
using Anknytning.Web.Features.Lessons;
using Anknytning.Web.Features.Progress;
using Anknytning.Web.Site;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anknytning.Web.Features.Home;

public sealed class IndexModel(
    ILessonCatalog catalog,
    ReadingProgress progress,
    ParentDates dates,
    IStringLocalizer<LessonsText> text)
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

    /// <summary>Whether the signed-in parent has given a due date or a birth date.</summary>
    public bool HasDates { get; private set; }

    /// <summary>Where the signed-in parent is today; null without dates, and for anonymous readers.</summary>
    public TimelinePosition? Position { get; private set; }

    /// <summary>Lessons that fit the parent's position today, the interface's language first.</summary>
    public IReadOnlyList<Lesson> Suggestions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        StartHere = catalog.Lessons.FirstOrDefault(l => l.Language == UiLanguage.Current);
        if (User.Identity?.IsAuthenticated == true)
        {
            var userId = User.GetUserId();
            Reading = await progress.SummaryAsync(userId, ct);
            await SuggestAsync(userId, ct);
        }
    }

    private async Task SuggestAsync(string userId, CancellationToken ct)
    {
        var saved = await dates.ReadAsync(userId, ct);
        HasDates = saved.HasAny;
        if (!HasDates)
        {
            return;
        }

        Position = saved.PositionOn(dates.Today);
        if (Position is { } position)
        {
            Suggestions = SuggestedLessons.For(catalog.Lessons, position, UiLanguage.Current);
        }
    }

    public int LessonCount(Theme theme, string language) =>
        catalog.LessonsInTheme(theme.Id).Count(l => l.Language == language);
}
