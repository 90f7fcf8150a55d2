using Anknytning.Content;
using Anknytning.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anknytning.Web.Features.Lessons;

/// <summary>A source text whole, in its original order, made of its lessons.</summary>
public sealed class SourceModel(ILessonCatalog catalog, IStringLocalizer<LessonsText> text) : PageModel, IDescribedPage
{
    public Source Source { get; private set; } = default!;

    public IReadOnlyList<Lesson> Lessons { get; private set; } = [];

    public string PageTitle => Source.Title;

    public string PageDescription => text["SourceDescription", Source.Title];

    public IActionResult OnGet(string id)
    {
        if (catalog.FindSource(id) is not { } source)
        {
            return NotFound();
        }

        if (source.Id != id)
        {
            return RedirectToPagePermanent("/Lessons/Source", new { id = source.Id });
        }

        Source = source;
        Lessons = catalog.LessonsInSource(source.Id);
        return Page();
    }
}
