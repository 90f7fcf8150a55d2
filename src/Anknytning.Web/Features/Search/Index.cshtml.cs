using System.Text;
using Anknytning.Content;
using Anknytning.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace Anknytning.Web.Features.Search;

/// <summary>
/// The results page: a GET with the query in the address (/sok?q=spegling), so a result page can be linked and
/// shared, and the header's form works without JavaScript. The index is already in memory.
/// </summary>
[OutputCache(PolicyName = SearchSetup.ResultsPolicy)]
public sealed class SearchModel(LessonSearch search, ILessonCatalog catalog, IStringLocalizer<SearchText> text)
    : PageModel, IDescribedPage
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    /// <summary>"sv" or "da" to show one language only; anything else shows both.</summary>
    [BindProperty(SupportsGet = true, Name = "sprak")]
    public string? Language { get; set; }

    /// <summary>A theme id to show only that theme's lessons.</summary>
    [BindProperty(SupportsGet = true, Name = "tema")]
    public string? ThemeId { get; set; }

    public SearchResults Results { get; private set; } = SearchResults.None;

    /// <summary>The query was longer than <see cref="LessonSearch.MaxQueryLength"/>: we say so instead of searching.</summary>
    public bool TooLong { get; private set; }

    public bool HasQuery => !string.IsNullOrEmpty(Query);

    public IReadOnlyList<Theme> Themes => catalog.Themes;

    public string PageTitle => HasQuery && !TooLong ? text["ResultsTitle", Query!] : text["PageTitle"];

    public string PageDescription => text["PageDescription"];

    public void OnGet()
    {
        Query = Tidy(Query);
        Language = Language is "sv" or "da" ? Language : null;
        ThemeId = ThemeId is null ? null : catalog.FindTheme(ThemeId)?.Id;
        if (Query.Length > LessonSearch.MaxQueryLength)
        {
            TooLong = true;
            return;
        }

        Results = search.Search(Query, Language, ThemeId);
    }

    /// <summary>Control characters out, runs of white space as one space: what is left is shown back, escaped.</summary>
    public static string Tidy(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return "";
        }

        var tidy = new StringBuilder(query.Length);
        foreach (var c in query)
        {
            if (char.IsWhiteSpace(c))
            {
                if (tidy.Length > 0 && tidy[^1] != ' ')
                {
                    tidy.Append(' ');
                }
            }
            else if (!char.IsControl(c))
            {
                tidy.Append(c);
            }
        }

        return tidy.ToString().Trim();
    }
}
