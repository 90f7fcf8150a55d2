using System.Text.RegularExpressions;
using Anknytning.BrowserTests.Infrastructure;
using Anknytning.BrowserTests.Pages;
using UglyToad.PdfPig;

namespace Anknytning.BrowserTests.Features.Lessons;

/// <summary>A lesson printed to paper (Chromium's own PDF) by a signed-in reader.</summary>
[Collection(SharedBrowser.Name)]
public sealed class PrintTests(BrowserFixture browser)
{
    private const string Lesson = "barnets-behov-av-narhet";

    [Fact]
    public async Task Signed_in_reader_prints_the_reflection_questions_without_the_forms()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var register = await RegisterPage.OpenAsync(page, $"/lektion/{Lesson}");
        await register.RegisterAsync($"skrivare-{Guid.NewGuid():N}@example.se", "en lång och trygg mening");
        await page.ArriveAtAsync(new Regex($"/lektion/{Lesson}$"));
        await Expect(new LessonReflectionPage(page).Reflections("behov-av-narhet").Locator("form")).ToHaveCountAsync(1);

        // The print styles must be in before printing: the wait above does not wait for stylesheets.
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('link[rel=stylesheet]')].every(l => l.sheet)");
        var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = false });

        using var document = PdfDocument.Open(pdf);
        // PdfPig reads letters, not always the spaces between words: compare without them.
        var text = string.Concat(document.GetPages().Select(p => p.Text)).Replace(" ", "", StringComparison.Ordinal);
        Assert.Contains("Vadväckertextenombarnetsbehovavnärhethosdig?", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sparaidagboken", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Markerasomläst", text, StringComparison.Ordinal);
    }
}
