using Anknytning.Content;
using Anknytning.Web.Features.Account;
using Anknytning.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anknytning.Web.Features.ReadingLists.Editor;

/// <summary>"/laslistor/ny": a new list on one page; it gets its code when it is saved.</summary>
public sealed class CreateModel(VisitorLists lists, ILessonCatalog catalog, IStringLocalizer<ReadingListsText> text) : PageModel, IDescribedPage
{
    [BindProperty]
    public ListInput Input { get; set; } = new();

    public string PageTitle => text["NewList"];

    public string PageDescription => text["ListsIntro"];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var sections = SectionChoice.Parse(catalog, Input.Sections).ToList();
        if (sections.Count == 0)
        {
            ModelState.AddModelError("Input.Sections", text["ChooseASection"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var id = await lists.CreateAsync(User.GetUserId(), Input.Title, Input.Note, sections, ct);
        return RedirectToPage("/ReadingLists/Editor/Edit", new { id });
    }
}
