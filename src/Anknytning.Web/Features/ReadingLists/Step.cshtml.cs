using Anknytning.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Anknytning.Web.Features.ReadingLists;

/// <summary>"/l/K7M2QXA/2": one section of a list, with the visitor's note and the way on to the next one.</summary>
[EnableRateLimiting(ReadingListsSetup.OpeningPolicy)]
public sealed class StepModel(ParentLists lists) : PageModel, IDescribedPage
{
    public OpenedList List { get; private set; } = default!;

    public ListStep Step { get; private set; } = default!;

    public string PageTitle => $"{Step.Section.Title} – {List.Title}";

    public string PageDescription => Step.Note ?? List.Title;

    public async Task<IActionResult> OnGetAsync(string code, int step, CancellationToken ct)
    {
        if (ListCode.Normalize(code) is not { } normalized)
        {
            return NotFound();
        }

        if (normalized != code)
        {
            return RedirectToPage(new { code = normalized, step });
        }

        if (await lists.OpenAsync(normalized, ct) is not { } list)
        {
            return NotFound();
        }

        // A retired list, or a step past its end, goes to the list page, which says what there is.
        if (list.Retired || list.Step(step) is not { } current)
        {
            return RedirectToPage("/ReadingLists/Open", new { code = list.Code });
        }

        (List, Step) = (list, current);
        return Page();
    }
}
