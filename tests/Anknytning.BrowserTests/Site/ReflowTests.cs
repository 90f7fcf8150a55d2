using System.Text.RegularExpressions;
using Anknytning.BrowserTests.Infrastructure;
using Anknytning.BrowserTests.Pages;

namespace Anknytning.BrowserTests.Site;

/// <summary>
/// Reflow (WCAG 1.4.10): at 320 CSS px with text at 200 %, no page scrolls sideways. Text at 200 % is emulated the
/// way a reader sets it, as a larger default font size: the root font size becomes 200 %, so everything sized in
/// rem and em (all the site's text, spacing and controls) doubles, while the viewport stays 320 px wide. Page zoom
/// would instead shrink the viewport and is covered by the 320 px width itself (1280 px at 400 %).
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class ReflowTests(BrowserFixture browser)
{
    private static readonly string[] Pages =
    [
        "/",
        "/tema/faser",
        "/lektion/barnets-behov-av-narhet",
        "/lektion/personlighed",
        "/lektion/tilknytningens-indflydelse",
        "/original/tilknytning",
        "/original/narhet",
        "/sok?q=spegling",
        "/konto/logga-in",
        "/konto/ny",
        "/finns-inte-alls",
    ];

    private static readonly string[] PersonalPages = ["/min-lasning", "/dagbok", "/dagbok/skriv", "/dagbok/datum", "/konto"];

    /// <summary>Everything wider than the viewport, named so a failure says what to fix.</summary>
    private const string Overflow = """
        () => {
            const width = document.documentElement.clientWidth;
            if (document.documentElement.scrollWidth <= width) return [];
            return [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > width + 1 && e.getClientRects().length > 0 && !e.closest('.visually-hidden'))
                .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > width + 1))
                .slice(0, 6)
                .map(e => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} "${(e.textContent || '').trim().slice(0, 30)}" ends at ${Math.round(e.getBoundingClientRect().right)}`);
        }
        """;

    [Theory]
    [InlineData("sv", false)]
    [InlineData("da", false)]
    [InlineData("sv", true)]
    [InlineData("da", true)]
    public async Task No_page_scrolls_sideways_at_320_px_with_text_at_200_percent(string language, bool signedIn)
    {
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 320, Height = 640 } });
        var page = await context.NewPageAsync();
        var paths = Pages.ToList();
        if (signedIn)
        {
            // A long address, as some parents have, must not widen the account page.
            var register = await RegisterPage.OpenAsync(page, "/");
            await register.RegisterAsync($"en-mycket-lang-adress-{Guid.NewGuid():N}@exempel-pa-en-lang-doman.se", "en lång och trygg mening");
            await page.ArriveAtAsync(Arrival.FrontPage);
            paths.AddRange(PersonalPages);
        }

        await page.GotoAsync($"/sprak/{language}?returnUrl=%2F");
        var failures = new List<string>();
        foreach (var path in paths)
        {
            await page.GotoAsync(path);
            foreach (var size in new[] { "100%", "200%" })
            {
                await page.EvaluateAsync($"document.documentElement.style.fontSize = '{size}'");
                var wide = await page.EvaluateAsync<string[]>(Overflow);
                if (wide.Length > 0)
                {
                    failures.Add($"{path} at {size}: {string.Join("; ", wide)}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
