using Anknytning.BrowserTests.Infrastructure;
using Anknytning.BrowserTests.Pages;

namespace Anknytning.BrowserTests.Features.Search;

[Collection(SharedBrowser.Name)]
public sealed class SearchTests(BrowserFixture browser)
{
    [Fact]
    public async Task Searching_from_the_header_lands_on_the_section()
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await HomePage.OpenAsync(page);

        var search = await SearchResultsPage.SearchFromHeaderAsync(page, "grænser for børn");
        await Expect(search.Count).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+ avsnitt$"));
        await Expect(search.Box).ToHaveValueAsync("grænser for børn");
        await search.ResultLink(0).ClickAsync();

        await new LessonPage(page).ExpectSectionShownAsync("graenser");
        Assert.Contains("/lektion/personlighed#graenser", page.Url, StringComparison.Ordinal);
    }

    /// <summary>Not a pixel comparison: a picture of the results page for a person to look at after a run.</summary>
    [Fact]
    public async Task Results_page_is_saved_as_a_picture_for_review()
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/sok?q=otrygg%20anknytning");
        await Expect(new SearchResultsPage(page).Results.First).ToBeVisibleAsync();
        var path = Path.Combine(Path.GetTempPath(), "anknytning-screenshots", "sok-otrygg-anknytning-1280.png");

        var picture = await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });

        Assert.True(picture.Length > 0);
        TestContext.Current.AddAttachment(Path.GetFileName(path), picture, "image/png");
    }
}
