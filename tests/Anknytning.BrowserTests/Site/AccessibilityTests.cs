using System.Text.RegularExpressions;
using Anknytning.BrowserTests.Infrastructure;
using Anknytning.BrowserTests.Pages;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Anknytning.BrowserTests.Site;

/// <summary>
/// axe-core in the real browser on every kind of page, in both languages and both colour schemes, signed in and
/// out. One page per case is reused: each address is loaded once and checked in light and then dark, and every
/// violation on every page is reported together, so one run shows all there is to fix.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    private static readonly string[] PublicPages =
    [
        "/",
        "/tema/faser",
        "/lektion/barnets-behov-av-narhet",
        "/lektion/personlighed",
        "/original/tilknytning",
        "/sok?q=spegling",
        "/konto/logga-in",
        "/konto/ny",
        "/finns-inte-alls",
    ];

    private static readonly string[] PersonalPages =
    [
        "/",
        "/lektion/barnets-behov-av-narhet",
        "/lektion/personlighed",
        "/original/tilknytning",
        "/min-lasning",
        "/dagbok",
        "/dagbok/skriv",
        "/dagbok/skriv?lektion=barnets-behov-av-narhet&avsnitt=behov-av-narhet&fraga=narhet-hos-dig",
        "/dagbok/datum",
        "/konto",
    ];

    private static readonly AxeRunOptions DarkOptions = new()
    {
        RunOnly = new RunOnlyOptions { Type = "rule", Values = ["color-contrast"] },
    };

    [Theory]
    [InlineData("sv", false)]
    [InlineData("da", false)]
    [InlineData("sv", true)]
    [InlineData("da", true)]
    public async Task Every_page_has_no_axe_violations_in_light_and_dark(string language, bool signedIn)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var pages = PublicPages.ToList();
        if (signedIn)
        {
            // An empty journal first, then one with an entry, whose own page is checked too.
            var register = await RegisterPage.OpenAsync(page, "/");
            await register.RegisterAsync($"axe-{Guid.NewGuid():N}@example.se", "en lång och trygg mening");
            await page.ArriveAtAsync(Arrival.FrontPage);
            pages = [.. PersonalPages];
            await ChooseLanguageAsync(page, language);
            var failures = await CheckAsync(page, ["/dagbok"]);
            var journal = await JournalPage.OpenAsync(page, "/dagbok/skriv");
            await journal.WriteAsync("En rubrik", "Något jag tänkte på i natt.");
            await page.ArriveAtAsync(new Regex(@"/dagbok/[^/?#]+$"));
            pages.Add(new Uri(page.Url).PathAndQuery);
            failures.AddRange(await CheckAsync(page, pages));
            Assert.True(failures.Count == 0, string.Join("\n", failures));
        }
        else
        {
            await ChooseLanguageAsync(page, language);
            var failures = await CheckAsync(page, pages);
            Assert.True(failures.Count == 0, string.Join("\n", failures));
        }
    }

    private static async Task ChooseLanguageAsync(IPage page, string language) =>
        await page.GotoAsync($"/sprak/{language}?returnUrl=%2F");

    private static async Task<List<string>> CheckAsync(IPage page, IEnumerable<string> paths)
    {
        var failures = new List<string>();
        foreach (var path in paths)
        {
            await page.GotoAsync(path);
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                // Every rule in light; in dark only colours change, so only the contrast rule runs again (it halves the time).
                await page.EmulateMediaAsync(new() { ColorScheme = scheme });
                var result = await page.RunAxe(options: scheme == ColorScheme.Dark ? DarkOptions : null);
                failures.AddRange(result.Violations.Select(v =>
                    $"{path} ({scheme}): {v.Id} – {v.Help}: " +
                    string.Join(" | ", v.Nodes.Take(4).Select(n => $"{n.Target} {string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))}"))));
            }
        }

        return failures;
    }
}
