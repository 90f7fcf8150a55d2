using Anknytning.Content;
using Anknytning.Web.Features.Lessons;
using Anknytning.Web.Site;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anknytning.Web.Features.Home;

public sealed class IndexModel(ILessonCatalog catalog, IStringLocalizer<LessonsText> text) : PageModel, IDescribedPage
{
    public string PageTitle => text["HomeTitle"];

    public string PageDescription => text["HomeIntro"];

    public IReadOnlyList<Theme> Themes => catalog.Themes;

    public IReadOnlyList<Source> Sources => catalog.Sources;

    /// <summary>The first lesson in the reader's own language: the gentlest way in.</summary>
    public Lesson? StartHere { get; private set; }

    public void OnGet() => StartHere = catalog.Lessons.FirstOrDefault(l => l.Language == UiLanguage.Current);

    public int LessonCount(Theme theme, string language) =>
        catalog.LessonsInTheme(theme.Id).Count(l => l.Language == language);
}
