using System.Text.RegularExpressions;
using Anknytning.BrowserTests.Infrastructure;
namespace Anknytning.BrowserTests.Pages;

/// <summary>The search form in every page's header, and the results page it leads to, "/sok?q=…".</summary>
public sealed class SearchResultsPage(IPage page)
{
    public IPage Page => page;

    public ILocator Form => page.Locator("header form[role=search]");

    public ILocator Box => Form.Locator("input[name=q]");

    public ILocator Count => page.Locator(".search-count");

    public ILocator Results => page.Locator(".search-result");

    public ILocator ResultLink(int index) => Results.Nth(index).Locator(".search-result-title a");

    /// <summary>Types into the header's box and presses Enter, as a reader would, from whatever page is open.</summary>
    public static async Task<SearchResultsPage> SearchFromHeaderAsync(IPage page, string query)
    {
        var search = new SearchResultsPage(page);
        await search.Box.FillAsync(query);
        await search.Box.PressAsync("Enter");
        await page.ArriveAtAsync(new Regex(@"/sok\?q="));
        return search;
    }
}
