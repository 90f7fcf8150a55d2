using Anknytning.Web.Features.Account;
using Anknytning.Web.Site;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anknytning.Web.Features.Journal;

/// <summary>Changing a reflection's title and text. Its day and the lesson it answers stay as they were.</summary>
/// <remarks>Antiforgery is checked here, so that an expired form comes back with the text instead of a bare 400.</remarks>
[IgnoreAntiforgeryToken]
public sealed class EditModel(JournalEntries journal, IAntiforgery antiforgery, IStringLocalizer<JournalText> text) : PageModel, IDescribedPage
{
    [BindProperty]
    public ReflectionInput Input { get; set; } = new();

    public long Id { get; private set; }

    public ReflectionContext? Context { get; private set; }

    public string PageTitle => text["EditTitle"];

    public string PageDescription => text["JournalIntro"];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await journal.FindAsync(User.GetUserId(), id, ct) is not { } reflection)
        {
            return NotFound();
        }

        Id = id;
        Context = reflection.Lesson is { } lesson ? new ReflectionContext(lesson, reflection.Section, reflection.Prompt) : null;
        Input = new ReflectionInput { Title = reflection.Title, Text = reflection.Text };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        var userId = User.GetUserId();
        if (await journal.FindAsync(userId, id, ct) is not { } reflection)
        {
            return NotFound();
        }

        Id = id;
        Context = reflection.Lesson is { } lesson ? new ReflectionContext(lesson, reflection.Section, reflection.Prompt) : null;
        ModelState.Clear();
        if (!await antiforgery.IsRequestValidAsync(HttpContext))
        {
            ModelState.AddModelError("", text["FormExpired"]);
            return Page();
        }

        Input.ValidateText(ModelState, text);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!journal.MaySave(userId, out var retryAfter))
        {
            ReflectionInput.RefuseTooManySaves(Response, ModelState, retryAfter, text);
            return Page();
        }

        return await journal.EditAsync(userId, id, Input.CleanTitle, Input.CleanText, ct)
            ? RedirectToPage("/Journal/Entry", new { id })
            : NotFound();
    }
}
