using Anknytning.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anknytning.Web.Features.ReadingLists;

/// <summary>"/l": type a list's code. A well-formed code goes on to the list; anything else comes back with a hint.</summary>
public sealed class FindModel(IStringLocalizer<ReadingListsText> text) : PageModel, IDescribedPage
{
    public string? Code { get; private set; }

    public bool NotACode { get; private set; }

    public string PageTitle => text["FindTitle"];

    public string PageDescription => text["FindIntro"];

    public IActionResult OnGet(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return Page();
        }

        if (ListCode.Normalize(code) is { } normalized)
        {
            return RedirectToPage("/ReadingLists/Open", new { code = normalized });
        }

        Code = code.Length > 20 ? code[..20] : code;
        NotACode = true;
        return Page();
    }
}
