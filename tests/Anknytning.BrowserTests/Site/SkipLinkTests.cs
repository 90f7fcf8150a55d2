using System.Text.RegularExpressions;
using Anknytning.BrowserTests.Infrastructure;
using Anknytning.BrowserTests.Pages;

namespace Anknytning.BrowserTests.Site;

[Collection(SharedBrowser.Name)]
public sealed class SkipLinkTests(BrowserFixture browser)
{
    [Fact]
    public async Task Keyboard_reaches_the_content_through_the_skip_link()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var home = await HomePage.OpenAsync(page);

        await page.Keyboard.PressAsync("Tab");
        await Expect(home.SkipLink).ToBeFocusedAsync();
        await Expect(home.SkipLink).ToBeInViewportAsync(new() { Ratio = 1 });
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex("#main$"));
        await Expect(home.Main).ToBeFocusedAsync();
    }
}
