using Anknytning.Content;
using Anknytning.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anknytning.Web.Features.Lessons;

/// <summary>One lesson, rendered from the catalogue in memory: no disk, no database.</summary>
public sealed class LessonModel(ILessonCatalog catalog) : PageModel, IDescribedPage
{
    public Lesson Lesson { get; private set; } = default!;

    public Source Source { get; private set; } = default!;

    public IReadOnlyList<Theme> Themes { get; private set; } = [];

    public Lesson? Before { get; private set; }

    public Lesson? After { get; private set; }

    public string PageTitle => Lesson.Title;

    public string PageDescription => Lesson.Summary;

    public IActionResult OnGet(string id)
    {
        if (catalog.FindLesson(id) is not { } lesson)
        {
            return NotFound();
        }

        // An old id (alias) still works, but the address bar shows the current one.
        if (lesson.Id != id)
        {
            return RedirectPermanent($"/lektion/{lesson.Id}");
        }

        Lesson = lesson;
        Source = catalog.FindSource(lesson.SourceId)!;
        Themes = [.. lesson.ThemeIds.Select(t => catalog.FindTheme(t)!)];
        Before = catalog.LessonBefore(lesson);
        After = catalog.LessonAfter(lesson);
        return Page();
    }
}
