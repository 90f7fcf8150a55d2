using Anknytning.Web.Features.Account;
using Anknytning.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anknytning.Web.Features.Journal;

/// <summary>One reflection, whole. Another account's id is answered as if it did not exist.</summary>
public sealed class EntryModel(JournalEntries journal, ParentDates dates, IStringLocalizer<JournalText> text) : PageModel, IDescribedPage
{
    public JournalItem Item { get; private set; } = default!;

    public Reflection Reflection => Item.Reflection;

    /// <summary>The text as HTML: light formatting only, nothing of the writer's own markup.</summary>
    public string TextHtml => ReflectionFormatting.ToHtml(Reflection.Text);

    public string Heading => Reflection.Title ?? ReflectionFormatting.FirstWords(Reflection.Text, 8);

    public string PageTitle => text["Journal"];

    // Never the entry's own words: titles end up in browser history and link previews.
    public string PageDescription => text["JournalIntro"];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var userId = User.GetUserId();
        if (await journal.FindAsync(userId, id, ct) is not { } reflection)
        {
            return NotFound();
        }

        var saved = await dates.ReadAsync(userId, ct);
        Item = JournalTimeline.Item(reflection, saved.DueDate, saved.BirthDate, UiLanguage.Current);
        return Page();
    }
}
