using Anknytning.Content;
using Anknytning.Web.Features.Account;
using Anknytning.Web.Features.Progress;
using Anknytning.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anknytning.Web.Features.Lessons;

/// <summary>
/// One lesson, rendered from the catalogue in memory: no disk, and no database for anonymous readers. A signed-in
/// reader's page costs one small query, for the sections they have read, and, when the lesson has reflection
/// prompts, one more for the sections they have written about.
/// </summary>
public sealed class LessonModel(
    ILessonCatalog catalog, ReadingProgress progress, Journal.JournalEntries journal)
    : PageModel, IDescribedPage
{
    public Lesson Lesson { get; private set; } = default!;

    public Source Source { get; private set; } = default!;

    public IReadOnlyList<Theme> Themes { get; private set; } = [];

    public Lesson? Before { get; private set; }

    public Lesson? After { get; private set; }

    /// <summary>The sections the signed-in reader has read; null for anonymous readers.</summary>
    public IReadOnlySet<string>? ReadSections { get; private set; }

    public bool IsRead(Section section) => ReadSections?.Contains(section.Id) == true;

    /// <summary>The reader's latest journal entry about the section, if they have written about it.</summary>
    public long? WrittenAbout(Section section) =>
        writtenAbout is not null && writtenAbout.TryGetValue(section.Id, out var id) ? id : null;

    private IReadOnlyDictionary<string, long>? writtenAbout;

    /// <summary>The reflection the reader saved from this page a moment ago, said once at its prompt.</summary>
    public Journal.SavedReflection? JustSaved { get; private set; }

    public string PageTitle => Lesson.Title;

    public string PageDescription => Lesson.Summary;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (catalog.FindLesson(id) is not { } lesson)
        {
            return NotFound();
        }

        // An old id (alias) still works, but the address bar shows the current one.
        if (lesson.Id != id)
        {
            return RedirectToPagePermanent("/Lessons/Lesson", new { id = lesson.Id });
        }

        Lesson = lesson;
        Source = catalog.FindSource(lesson.SourceId)!;
        Themes = [.. lesson.ThemeIds.Select(t => catalog.FindTheme(t)!)];
        Before = catalog.LessonBefore(lesson);
        After = catalog.LessonAfter(lesson);
        if (User.Identity?.IsAuthenticated == true)
        {
            ReadSections = await progress.ReadSectionsAsync(User.GetUserId(), lesson, ct);
            if (lesson.Sections.Any(s => s.Prompts.Count > 0))
            {
                writtenAbout = await journal.SectionsWrittenAboutAsync(User.GetUserId(), lesson, ct);
                JustSaved = Journal.SavedReflection.Parse(TempData[Journal.SavedReflection.Key]);
            }
        }

        return Page();
    }
}
