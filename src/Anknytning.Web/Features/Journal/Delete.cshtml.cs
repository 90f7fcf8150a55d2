using Anknytning.Web.Features.Account;
using Anknytning.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anknytning.Web.Features.Journal;

/// <summary>Deleting takes two steps: this page asks, and only its form's post deletes.</summary>
public sealed class DeleteModel(JournalEntries journal, IStringLocalizer<JournalText> text) : PageModel, IDescribedPage
{
    public Reflection Reflection { get; private set; } = default!;

    public string Heading => Reflection.Title ?? ReflectionFormatting.FirstWords(Reflection.Text, 8);

    public string PageTitle => text["DeleteTitle"];

    public string PageDescription => text["DeleteText"];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await journal.FindAsync(User.GetUserId(), id, ct) is not { } reflection)
        {
            return NotFound();
        }

        Reflection = reflection;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct) =>
        await journal.DeleteAsync(User.GetUserId(), id, ct) ? RedirectToPage("/Journal/Index") : NotFound();
}
