using System.Globalization;
using Anknytning.Content;
using Anknytning.Web.Features.Account;
using Anknytning.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anknytning.Web.Features.Journal;

/// <summary>The journal: the parent's reflections, newest first, grouped by where they fell on the parent's timeline.</summary>
public sealed class IndexModel(JournalEntries journal, ParentDates dates, SealedSearch search, ILessonCatalog catalog, IStringLocalizer<JournalText> text) : PageModel, IDescribedPage
{
    /// <summary>Narrows to the lessons of one theme.</summary>
    [BindProperty(SupportsGet = true, Name = "tema")]
    public string? ThemeId { get; set; }

    [BindProperty(SupportsGet = true, Name = "lektion")]
    public string? LessonId { get; set; }

    /// <summary>The search words as the address carries them: sealed, never readable (<see cref="SealedSearch"/>).</summary>
    [BindProperty(SupportsGet = true, Name = "sok")]
    public string? SealedWords { get; set; }

    /// <summary>Words that must all be in the title or the text.</summary>
    public string? Search { get; private set; }

    public IReadOnlyList<JournalGroup> Groups { get; private set; } = [];

    public int Count { get; private set; }

    public bool IsFiltered => !new JournalFilter(ThemeId, LessonId, Search).IsEmpty;

    public bool HasDates { get; private set; }

    public IReadOnlyList<Theme> Themes => catalog.Themes;

    /// <summary>Each source's lessons, the reader's language first, for the lesson filter.</summary>
    public IEnumerable<(Source Source, IReadOnlyList<Lesson> Lessons)> Sources => catalog.Sources
        .OrderBy(s => s.Language == UiLanguage.Current ? 0 : 1)
        .Select(s => (s, catalog.LessonsInSource(s.Id)));

    public string PageTitle => text["Journal"];

    public string PageDescription => text["JournalIntro"];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var userId = User.GetUserId();
        Search = search.Open(userId, SealedWords);
        var reflections = await journal.ListAsync(userId, new JournalFilter(ThemeId, LessonId, Search), ct);
        var saved = await dates.ReadAsync(userId, ct);
        HasDates = saved.HasAny;
        Count = reflections.Count;
        Groups = JournalTimeline.Group(reflections, saved.DueDate, saved.BirthDate, UiLanguage.Current, CultureInfo.CurrentCulture);
    }

    /// <summary>The filter form: the theme and the lesson stay readable in the address, the words go sealed.</summary>
    public IActionResult OnPostFilter(string? ord) => RedirectToPage(new
    {
        tema = string.IsNullOrWhiteSpace(ThemeId) ? null : ThemeId,
        lektion = string.IsNullOrWhiteSpace(LessonId) ? null : LessonId,
        sok = string.IsNullOrWhiteSpace(ord) ? null : search.Seal(User.GetUserId(), ord.Trim()),
    });
}
