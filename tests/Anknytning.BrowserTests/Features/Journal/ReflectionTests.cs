using System.Text.RegularExpressions;
using Anknytning.BrowserTests.Infrastructure;
using Anknytning.BrowserTests.Pages;

namespace Anknytning.BrowserTests.Features.Journal;

[Collection(SharedBrowser.Name)]
public sealed class ReflectionTests(BrowserFixture browser)
{
    private const string Lesson = "barnets-behov-av-narhet";
    private const string Section = "behov-av-narhet";

    [Fact]
    public async Task New_parent_answers_a_prompt_and_finds_it_in_the_journal()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var register = await RegisterPage.OpenAsync(page, $"/lektion/{Lesson}");
        await register.RegisterAsync($"reflektion-{Guid.NewGuid():N}@example.se", "en lång och trygg mening");
        await page.ArriveAtAsync(new Regex($"/lektion/{Lesson}$"));
        var lesson = new LessonReflectionPage(page);
        await Expect(lesson.Written(Section)).ToHaveCountAsync(0);
        var text = $"Jag tänker på hur nära vi redan är, {Guid.NewGuid():N}.";

        await lesson.AnswerAsync(Section, text);

        await Expect(page).ToHaveURLAsync(new Regex($"/lektion/{Lesson}#reflektion-{Section}-narhet-hos-dig-svar$"));
        await Expect(lesson.Written(Section)).ToContainTextAsync("Du har skrivit om det här");
        // Said where the reader pressed Save, in a polite live region, with the way to the entry.
        var saved = lesson.Reflections(Section).GetByRole(AriaRole.Status).Filter(new() { HasText = "Sparat i dagboken" });
        await Expect(saved).ToBeInViewportAsync();
        await Expect(saved.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", new Regex(@"^/dagbok/\d+$"));

        await lesson.OpenJournalAsync();

        await Expect(lesson.JournalEntries.Filter(new() { HasText = text })).ToHaveCountAsync(1);
    }
}
