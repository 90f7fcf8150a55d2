using Anknytning.BrowserTests.Infrastructure;
using Anknytning.BrowserTests.Pages;

namespace Anknytning.BrowserTests.Features.Sharing;

[Collection(SharedBrowser.Name)]
public sealed class HandoutTests(BrowserFixture browser)
{
    /// <summary>The longest section title and address with a long opening: the hardest to keep on one page.</summary>
    [Theory]
    [InlineData("A4", "tilknytningens-indflydelse", "indrestyring-og-ydrestyring")]
    [InlineData("A5", "tilknytningens-indflydelse", "indrestyring-og-ydrestyring")]
    [InlineData("A4", "regulering", "selvtillid-selvfolelse-selvvaerd")]
    [InlineData("A5", "barnets-behov-av-narhet", "efter-forlossningen")]
    public async Task Handout_prints_on_one_page_with_its_short_address(string paper, string lessonId, string sectionId)
    {
        // The viewport is the paper's printable area (96 px an inch, 12 mm margins), so print CSS lays out as on paper.
        var (width, height) = Printable(paper);
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        var handout = await HandoutPage.OpenFromSharePageAsync(await context.NewPageAsync(), lessonId, sectionId);
        var address = new Uri(browser.BaseAddress, $"/a/{sectionId}").AbsoluteUri;
        await Expect(handout.ShortAddress).ToHaveAttributeAsync("href", address);

        var pdf = await handout.PrintAsync(paper);

        Assert.True(pdf.Pages == 1, $"The handout printed on {pdf.Pages} {paper} pages ({pdf.Length} bytes).");
        Assert.Contains(address, pdf.Links);
        // On paper: no header, navigation or help box, only the handout.
        await Expect(handout.SiteHeader).ToBeHiddenAsync();
        await Expect(handout.Help).ToBeHiddenAsync();
        await Expect(handout.Handout).ToBeVisibleAsync();
        var laidOut = await handout.Page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        Assert.True(laidOut <= height, $"On {paper} the handout is {laidOut} px tall; the page holds {height} px.");
        var path = Path.Combine(Path.GetTempPath(), "anknytning-screenshots", $"handout-{paper}-{sectionId}.png");
        var picture = await handout.Page.ScreenshotAsync(new() { Path = path, FullPage = true });
        TestContext.Current.AddAttachment(Path.GetFileName(path), picture, "image/png");
    }

    private static (int Width, int Height) Printable(string paper)
    {
        static int Pixels(double millimetres) => (int)Math.Floor((millimetres - (2 * 12)) / 25.4 * 96);
        return paper == "A5" ? (Pixels(148), Pixels(210)) : (Pixels(210), Pixels(297));
    }

    [Fact]
    public async Task A_whole_lesson_prints_on_one_page_too()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/utskrift/tilknytningens-indflydelse");
        var handout = new HandoutPage(page);

        var pdf = await handout.PrintAsync("A4");

        Assert.Equal(1, pdf.Pages);
        Assert.Contains(new Uri(browser.BaseAddress, "/a/tilknytningens-indflydelse").AbsoluteUri, pdf.Links);
    }

    /// <summary>The check above would pass on a counter that always says 1: a long lesson must count as several pages.</summary>
    [Fact]
    public async Task The_page_count_sees_a_long_lesson_as_several_pages()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/lektion/tilknytningens-indflydelse");

        var pdf = await new HandoutPage(page).PrintAsync("A4");

        Assert.True(pdf.Pages > 2, $"A long lesson counted as {pdf.Pages} pages.");
    }
}
