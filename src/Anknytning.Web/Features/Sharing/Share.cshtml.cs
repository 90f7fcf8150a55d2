using Anknytning.Content;
using Anknytning.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anknytning.Web.Features.Sharing;

/// <summary>
/// A lesson's or a section's short address, in large type and as a QR code, with a link to its handout. Built from
/// the catalogue and the public origin only: nothing about the reader, so the page is the same for everyone.
/// </summary>
public sealed class ShareModel(ILessonCatalog catalog, PublicOrigin origin, IStringLocalizer<SharingText> text)
    : PageModel, IDescribedPage
{
    public SharedPlace Place { get; private set; } = default!;

    /// <summary>The absolute short address, from Site:PublicOrigin or else this request's origin.</summary>
    public Uri Link { get; private set; } = default!;

    public string PageTitle => text["SharePageTitle", Place.Title];

    public string PageDescription => text["ShareDescription", Place.Title];

    public IActionResult OnGet(string lesson, string? section)
    {
        if (SharedPlace.Find(catalog, lesson, section) is not { } place)
        {
            return NotFound();
        }

        if (!place.IsNamedBy(lesson, section))
        {
            return RedirectToPagePermanent("/Sharing/Share", new { lesson = place.Lesson.Id, section = place.Section?.Id });
        }

        Place = place;
        Link = origin.Link(Request, place.ShortAddress);
        return Page();
    }
}
