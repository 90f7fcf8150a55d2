using System.Text.RegularExpressions;
using Anknytning.BrowserTests.Infrastructure;
using Anknytning.BrowserTests.Pages;

namespace Anknytning.BrowserTests.Site;

[Collection(SharedBrowser.Name)]
public sealed class LanguageSwitchTests(BrowserFixture browser)
{
    [Fact]
    public async Task Language_switch_is_remembered()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var home = await HomePage.OpenAsync(page);
        await Expect(home.Document).ToHaveAttributeAsync("lang", "sv");

        await home.LanguageLink("da").ClickAsync();
        await Expect(home.Document).ToHaveAttributeAsync("lang", "da");
        await home.ThemeLinks.First.ClickAsync();
        await page.ArriveAtAsync(new Regex(@"/tema/[^/?#]+$"));

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "da");
    }
}
