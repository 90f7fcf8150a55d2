using Anknytning.Content;
using Anknytning.Web.Features.Account;
using Anknytning.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anknytning.Web.Features.ReadingLists.Editor;

/// <summary>
/// "/laslistor/17": one of the visitor's own lists: its order (up and down), a note per section, title, note and
/// sections, and retiring it. Another visitor's list is answered 404, for reading and for every change.
/// </summary>
public sealed class EditModel(VisitorLists lists, ILessonCatalog catalog, IStringLocalizer<ReadingListsText> text) : PageModel, IDescribedPage
{
    [BindProperty]
    public ListInput Input { get; set; } = new();

    public ReadingList List { get; private set; } = default!;

    /// <summary>The list's items that still name a section, in order, with that section.</summary>
    public IReadOnlyList<(ReadingListItem Item, SectionChoice Choice)> Items { get; private set; } = [];

    public string PageTitle => List.Title;

    public string PageDescription => text["ListsIntro"];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = new ListInput
        {
            Title = List.Title,
            Note = List.Note,
            Sections = [.. Items.Select(i => i.Choice.Value)],
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        var sections = SectionChoice.Parse(catalog, Input.Sections).ToList();
        if (sections.Count == 0)
        {
            ModelState.AddModelError("Input.Sections", text["ChooseASection"]);
        }

        if (!ModelState.IsValid)
        {
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }

        return await lists.UpdateAsync(User.GetUserId(), id, Input.Title, Input.Note, sections, ct) ? Back(id) : NotFound();
    }

    public async Task<IActionResult> OnPostMoveAsync(long id, long itemId, int direction, CancellationToken ct) =>
        await lists.MoveAsync(User.GetUserId(), id, itemId, direction, ct) ? Back(id, "ordning") : NotFound();

    public async Task<IActionResult> OnPostNoteAsync(long id, long itemId, string? note, CancellationToken ct)
    {
        if (note?.Length > ListLimits.SectionNote)
        {
            note = note[..ListLimits.SectionNote];
        }

        return await lists.SetNoteAsync(User.GetUserId(), id, itemId, note, ct) ? Back(id, "ordning") : NotFound();
    }

    public async Task<IActionResult> OnPostRetireAsync(long id, CancellationToken ct) =>
        await lists.RetireAsync(User.GetUserId(), id, retire: true, ct) ? Back(id) : NotFound();

    public async Task<IActionResult> OnPostRestoreAsync(long id, CancellationToken ct) =>
        await lists.RetireAsync(User.GetUserId(), id, retire: false, ct) ? Back(id) : NotFound();

    private RedirectToPageResult Back(long id, string? fragment = null) =>
        RedirectToPage("/ReadingLists/Editor/Edit", null, new { id }, fragment);

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        if (await lists.FindAsync(User.GetUserId(), id, ct) is not { } list)
        {
            return false;
        }

        List = list;
        Items = [.. list.Items.Select(i => (i, lists.Current(i))).Where(p => p.Item2 is not null).Select(p => (p.i, p.Item2!))];
        return true;
    }
}
