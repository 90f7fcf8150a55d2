using Anknytning.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Anknytning.Web.Features.ReadingLists;

/// <summary>"/l/K7M2QXA/utskrift": the list on one A4 page to hand over: its sections, the code and the QR code.</summary>
[EnableRateLimiting(ReadingListsSetup.OpeningPolicy)]
public sealed class HandoutModel(ParentLists lists, PublicOrigin origin) : PageModel, IDescribedPage
{
    public OpenedList List { get; private set; } = default!;

    public string Address { get; private set; } = "";

    public string PageTitle => List.Title;

    public string PageDescription => List.Note ?? List.Title;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (ListCode.Normalize(code) is not { } normalized)
        {
            return NotFound();
        }

        if (normalized != code)
        {
            return RedirectToPage(new { code = normalized });
        }

        var list = await lists.OpenAsync(normalized, ct);
        if (list is null)
        {
            return NotFound();
        }

        if (list.Retired)
        {
            // A retired list has nothing to hand out; its page says so kindly.
            return RedirectToPage("/ReadingLists/Open", new { code = list.Code });
        }

        List = list;
        Address = origin.Link(Request, Addresses.ReadingList(list.Code)).ToString();
        return Page();
    }
}
