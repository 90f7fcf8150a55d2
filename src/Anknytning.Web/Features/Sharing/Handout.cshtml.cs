using Anknytning.Content;
using Anknytning.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anknytning.Web.Features.Sharing;

/// <summary>
/// One printed page to hand over: the title, the first lines, the short address and its QR code, the source. Like the
/// share page it holds nothing about the reader.
/// </summary>
public sealed class HandoutModel(ILessonCatalog catalog, PublicOrigin origin, IStringLocalizer<SharingText> text)
    : PageModel, IDescribedPage
{
    /// <summary>About eight lines on A5 and six on A4: with the QR code and the source this still fits one page.</summary>
    public const int OpeningCharacters = 420;

    public SharedPlace Place { get; private set; } = default!;

    public Source Source { get; private set; } = default!;

    public Uri Link { get; private set; } = default!;

    public string Opening { get; private set; } = "";

    public string PageTitle => text["HandoutPageTitle", Place.Title];

    public string PageDescription => text["ShareDescription", Place.Title];

    public IActionResult OnGet(string lesson, string? section)
    {
        if (SharedPlace.Find(catalog, lesson, section) is not { } place)
        {
            return NotFound();
        }

        if (!place.IsNamedBy(lesson, section))
        {
            return RedirectToPagePermanent("/Sharing/Handout", new { lesson = place.Lesson.Id, section = place.Section?.Id });
        }

        Place = place;
        Source = catalog.FindSource(place.Lesson.SourceId)!;
        Link = origin.Link(Request, place.ShortAddress);
        Opening = place.Opening(OpeningCharacters);
        return Page();
    }
}
