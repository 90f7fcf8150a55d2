using System.Text.RegularExpressions;
using Anknytning.BrowserTests.Infrastructure;
using Anknytning.BrowserTests.Pages;

namespace Anknytning.BrowserTests.Features.Progress;

[Collection(SharedBrowser.Name)]
public sealed class MarkAsReadTests(BrowserFixture browser)
{
    private const string Lesson = "barnets-behov-av-narhet";
    private const string Section = "fyra-faser";

    [Fact]
    public async Task New_reader_marks_a_section_as_read_and_it_stays_marked()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var register = await RegisterPage.OpenAsync(page, $"/lektion/{Lesson}");

        await register.RegisterAsync($"lasare-{Guid.NewGuid():N}@example.se", "en lång och trygg mening");
        await page.WaitForURLAsync($"**/lektion/{Lesson}");
        var lesson = new LessonReadingPage(page);
        await Expect(lesson.Progress).ToHaveTextAsync("0 av 6 avsnitt lästa");

        await lesson.MarkAsRead(Section).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/lektion/{Lesson}#{Section}$"));
        await lesson.ExpectReadAsync(Section);
        await Expect(lesson.Progress).ToHaveTextAsync("1 av 6 avsnitt läst");

        await page.ReloadAsync();

        await lesson.ExpectReadAsync(Section);
        await Expect(lesson.MarkAsRead("behov-av-narhet")).ToBeVisibleAsync();
    }
}
