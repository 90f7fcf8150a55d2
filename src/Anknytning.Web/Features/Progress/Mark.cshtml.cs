using Anknytning.Content;
using Anknytning.Web.Features.Account;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anknytning.Web.Features.Progress;

/// <summary>
/// The plain forms on a lesson page post here: mark or unmark a section or a whole lesson, then go back to it
/// (post, redirect, get). Ids that the catalogue does not know end in 404, before anything is written.
/// </summary>
public sealed class MarkModel(ILessonCatalog catalog, ReadingProgress progress) : PageModel
{
    /// <summary>Nothing to see here; a stray visit goes to the reader's overview.</summary>
    public IActionResult OnGet() => RedirectToPage("/Progress/Index");

    public Task<IActionResult> OnPostSectionAsync(string? lessonId, string? sectionId, CancellationToken ct) =>
        WithSectionAsync(lessonId, sectionId, (lesson, section) => progress.MarkSectionAsync(User.GetUserId(), lesson, section, ct));

    public Task<IActionResult> OnPostUnmarkSectionAsync(string? lessonId, string? sectionId, CancellationToken ct) =>
        WithSectionAsync(lessonId, sectionId, (lesson, section) => progress.UnmarkSectionAsync(User.GetUserId(), lesson, section, ct));

    public Task<IActionResult> OnPostLessonAsync(string? lessonId, CancellationToken ct) =>
        WithLessonAsync(lessonId, lesson => progress.MarkLessonAsync(User.GetUserId(), lesson, ct));

    public Task<IActionResult> OnPostUnmarkLessonAsync(string? lessonId, CancellationToken ct) =>
        WithLessonAsync(lessonId, lesson => progress.UnmarkLessonAsync(User.GetUserId(), lesson, ct));

    /// <summary>Where the forms at the end of a lesson send the reader back to.</summary>
    public const string LessonAnchor = "lasning";

    private async Task<IActionResult> WithSectionAsync(string? lessonId, string? sectionId, Func<Lesson, Section, Task> change)
    {
        var lesson = lessonId is null ? null : catalog.FindLesson(lessonId);
        if (lesson?.FindSection(sectionId ?? "") is not { } section)
        {
            return NotFound();
        }

        await change(lesson, section);
        return RedirectToPage("/Lessons/Lesson", null, new { id = lesson.Id }, SectionMark.Anchor(section));
    }

    private async Task<IActionResult> WithLessonAsync(string? lessonId, Func<Lesson, Task> change)
    {
        if ((lessonId is null ? null : catalog.FindLesson(lessonId)) is not { } lesson)
        {
            return NotFound();
        }

        await change(lesson);
        return RedirectToPage("/Lessons/Lesson", null, new { id = lesson.Id }, LessonAnchor);
    }
}
