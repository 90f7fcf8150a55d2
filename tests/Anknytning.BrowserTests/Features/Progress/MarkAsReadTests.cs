using System.Text.RegularExpressions;
using Anknytning.BrowserTests.Infrastructure;
using Anknytning.BrowserTests.Pages;

namespace Anknytning.BrowserTests.Features.Progress;

[Collection(SharedBrowser.Name)]
public sealed class MarkAsReadTests(BrowserFixture browser)
{
    private const string Lesson = "barnets-behov-av-narhet";
    private const string Section = "fyra-faser";

    // The page's HTML is enough: the assertions after it wait for what they need. Waiting for "load" (every image
    // and font) timed out when the whole suite ran in parallel on a busy machine.
    [Fact]
    public async Task New_reader_marks_a_section_as_read_and_it_stays_marked()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var register = await RegisterPage.OpenAsync(page, $"/lektion/{Lesson}");

        await register.RegisterAsync($"lasare-{Guid.NewGuid():N}@example.se", "en lång och trygg mening");
        await page.ArriveAtAsync(new Regex($"/lektion/{Lesson}$"));
        var lesson = new LessonReadingPage(page);
        await Expect(lesson.Progress).ToHaveTextAsync("0 av 6 avsnitt lästa");

        await lesson.MarkAsRead(Section).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/lektion/{Lesson}#{Section}-markera$"));
        await lesson.ExpectReadAsync(Section);
        await Expect(lesson.Progress).ToHaveTextAsync("1 av 6 avsnitt läst");

        await page.ReloadAsync();

        await lesson.ExpectReadAsync(Section);
        await Expect(lesson.MarkAsRead("behov-av-narhet")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Marked_section_is_still_marked_after_signing_in_again_in_a_new_browser()
    {
        var email = $"atervander-{Guid.NewGuid():N}@example.se";
        const string password = "en lång och trygg mening";
        await using (var first = await browser.NewContextAsync())
        {
            var page = await first.NewPageAsync();
            var register = await RegisterPage.OpenAsync(page, $"/lektion/{Lesson}");
            await register.RegisterAsync(email, password);
            await page.ArriveAtAsync(new Regex($"/lektion/{Lesson}$"));
            var lesson = new LessonReadingPage(page);
            await lesson.MarkAsRead(Section).ClickAsync();
            await lesson.ExpectReadAsync(Section);
            await first.CloseAsync();
        }

        // A new context has none of the first one's cookies: only the account remembers what was read.
        await using var second = await browser.NewContextAsync();
        var again = await second.NewPageAsync();
        var signIn = await SignInPage.OpenAsync(again, $"/lektion/{Lesson}");
        await signIn.SignInAsync(email, password);
        await again.ArriveAtAsync(new Regex($"/lektion/{Lesson}$"));

        var reading = new LessonReadingPage(again);
        await reading.ExpectReadAsync(Section);
        await Expect(reading.Progress).ToHaveTextAsync("1 av 6 avsnitt läst");

        var home = await HomePage.OpenAsync(again);
        await Expect(home.ContinueReadingLabel).ToHaveTextAsync("Nästa avsnitt");
        await Expect(home.ContinueReadingLink).ToHaveAttributeAsync("href", $"/lektion/{Lesson}#otrygg-anknytning");
        await home.ContinueReadingLink.ClickAsync();
        await new LessonPage(again).ExpectSectionShownAsync("otrygg-anknytning");
    }

    [Fact]
    public async Task Marking_a_long_section_on_a_phone_leaves_its_new_state_in_view()
    {
        const string lessonId = "anknytning-och-hjarnan";
        const string longSection = "feldmans-forslag";
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 360, Height = 800 } });
        var page = await context.NewPageAsync();
        var register = await RegisterPage.OpenAsync(page, $"/lektion/{lessonId}");
        await register.RegisterAsync($"telefon-{Guid.NewGuid():N}@example.se", "en lång och trygg mening");
        await page.ArriveAtAsync(new Regex($"/lektion/{lessonId}$"));
        var lesson = new LessonReadingPage(page);
        var section = page.Locator($"section[aria-labelledby='{longSection}-rubrik']");
        Assert.True((await section.BoundingBoxAsync())?.Height > 800, "The section should be longer than the phone's screen.");

        await lesson.MarkAsRead(longSection).ClickAsync();

        await lesson.ExpectReadAsync(longSection);
        await Expect(lesson.ReadStatus(longSection)).ToBeInViewportAsync(new() { Ratio = 1 });

        await lesson.SectionForm(longSection).GetByRole(AriaRole.Button, new() { Name = "Ångra" }).ClickAsync();

        await Expect(lesson.MarkAsRead(longSection)).ToBeInViewportAsync(new() { Ratio = 1 });
    }
}
