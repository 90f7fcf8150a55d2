using Anknytning.Content;
using Anknytning.Web.Features.Account;
using Anknytning.Web.Features.Progress;
using Anknytning.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anknytning.Web.Features.Lessons;

public sealed class ThemeModel(ILessonCatalog catalog, ReadingProgress progress) : PageModel, IDescribedPage
{
    public Theme Theme { get; private set; } = default!;

    /// <summary>The theme's lessons by language, the reader's own language first.</summary>
    public IReadOnlyList<IGrouping<string, Lesson>> LessonsByLanguage { get; private set; } = [];

    /// <summary>What the signed-in reader has read; null for anonymous readers, whose visit needs no database.</summary>
    public ReadingSummary? Reading { get; private set; }

    public string PageTitle => Theme.Name.In(UiLanguage.Current);

    public string PageDescription => Theme.Introduction.In(UiLanguage.Current);

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (catalog.FindTheme(id) is not { } theme)
        {
            return NotFound();
        }

        if (theme.Id != id)
        {
            return RedirectToPagePermanent("/Lessons/Theme", new { id = theme.Id });
        }

        Theme = theme;
        var ui = UiLanguage.Current;
        LessonsByLanguage = [.. catalog.LessonsInTheme(theme.Id)
            .GroupBy(l => l.Language)
            .OrderBy(g => g.Key == ui ? 0 : 1)];
        if (User.Identity?.IsAuthenticated == true)
        {
            Reading = await progress.SummaryAsync(User.GetUserId(), ct);
        }

        return Page();
    }
}
