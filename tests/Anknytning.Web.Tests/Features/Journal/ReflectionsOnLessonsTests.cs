using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Anknytning.Content;
using Anknytning.Web.Data;
using Anknytning.Web.Features.Journal;
using Anknytning.Web.Tests.Features.Progress;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anknytning.Web.Tests.Features.Journal;

/// <summary>Reflection prompts at the end of a lesson's sections, answered into the journal, on the real app and content.</summary>
public sealed class ReflectionsOnLessonsTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task Anonymous_reader_sees_the_prompt_in_the_lessons_language_and_a_link_to_sign_in()
    {
        var (lesson, section) = LessonWithPrompt();

        var page = await factory.CreateBrowsingClient("sv").GetDocumentAsync($"/lektion/{lesson.Id}", Ct);

        var reflections = Reflections(page, section);
        Assert.Equal("sv", reflections.GetAttribute("lang"));
        var prompt = reflections.QuerySelector(".reflection-prompt");
        Assert.Equal(section.Prompts[0].Text, prompt?.TextContent);
        Assert.Equal(lesson.Language, prompt?.GetAttribute("lang"));
        Assert.Empty(reflections.QuerySelectorAll("form, textarea"));
        var signIn = reflections.QuerySelector(".reflection-invitation a");
        Assert.Equal($"/konto/logga-in?returnUrl=%2Flektion%2F{lesson.Id}%23{section.Id}", signIn?.GetAttribute("href"));
        Assert.Equal("Logga in för att skriva i din dagbok", signIn?.TextContent);
    }

    [Fact]
    public async Task Signing_in_from_the_prompt_comes_back_to_the_section()
    {
        var (lesson, section) = LessonWithPrompt();
        var email = $"tillbaka-{Guid.NewGuid():N}@example.se";
        await factory.CreateAccountAsync(email);
        var client = factory.CreateBrowsingClient("sv");
        var href = Reflections(await client.GetDocumentAsync($"/lektion/{lesson.Id}", Ct), section)
            .QuerySelector(".reflection-invitation a")!.GetAttribute("href")!;

        using var signIn = await client.PostFormAsync(href, new() { ["Input.Email"] = email, ["Input.Password"] = Accounts.Password });

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal($"/lektion/{lesson.Id}#{section.Id}", signIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Signed_in_reader_gets_an_answer_form_with_its_fields_and_token()
    {
        var (lesson, section) = LessonWithPrompt();
        var client = await factory.SignedInClientAsync($"svar-{Guid.NewGuid():N}@example.se");

        var page = await client.GetDocumentAsync($"/lektion/{lesson.Id}", Ct);

        var form = Reflections(page, section).QuerySelector("form.reflection-form");
        Assert.NotNull(form);
        Assert.Equal(("post", "/dagbok/skriv"), (form.GetAttribute("method"), form.GetAttribute("action")));
        Assert.Equal(lesson.Id, Field(form, "Input.LessonId"));
        Assert.Equal(section.Id, Field(form, "Input.SectionId"));
        Assert.Equal(section.Prompts[0].Id, Field(form, "Input.PromptId"));
        Assert.Matches("^[0-9a-f]{32}$", Field(form, "Input.SubmissionId"));
        Assert.False(string.IsNullOrEmpty(Field(form, "__RequestVerificationToken")));
        var textarea = form.QuerySelector("textarea[name='Input.Text']");
        Assert.NotNull(textarea);
        var label = form.QuerySelector($"label[for='{textarea.Id}']");
        Assert.Equal(section.Prompts[0].Text, label?.TextContent);
        Assert.Equal(lesson.Language, label?.GetAttribute("lang"));
        Assert.Empty(page.QuerySelectorAll(".reflection-invitation"));

        var again = await client.GetDocumentAsync($"/lektion/{lesson.Id}", Ct);
        Assert.NotEqual(Field(form, "Input.SubmissionId"), Field(Reflections(again, section).QuerySelector("form.reflection-form")!, "Input.SubmissionId"));
    }

    [Fact]
    public async Task Answering_a_prompt_writes_an_entry_for_the_section_and_the_lesson_then_links_to_it()
    {
        var (lesson, section) = LessonWithPrompt();
        var email = $"skriver-{Guid.NewGuid():N}@example.se";
        var userId = await factory.CreateAccountAsync(email);
        var client = factory.CreateBrowsingClient("sv");
        await client.SignInAsync(email, Accounts.Password);
        var form = Reflections(await client.GetDocumentAsync($"/lektion/{lesson.Id}", Ct), section).QuerySelector("form.reflection-form")!;
        Assert.Empty(Reflections(await client.GetDocumentAsync($"/lektion/{lesson.Id}", Ct), section).QuerySelectorAll(".reflection-written"));

        using var response = await SubmitAsync(client, form, "Jag tänker på min egen mamma.");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/lektion/{lesson.Id}#reflektion-{section.Id}-{section.Prompts[0].Id}-svar", response.Headers.Location?.OriginalString);
        var entry = Assert.Single(await EntriesAsync(userId));
        Assert.Equal((lesson.Id, section.Id, section.Prompts[0].Id), (entry.LessonId, entry.SectionId, entry.PromptId));

        var page = await client.GetDocumentAsync($"/lektion/{lesson.Id}", Ct);
        var written = Reflections(page, section).QuerySelector(".reflection-written");
        Assert.Contains("Du har skrivit om det här", written?.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/dagbok/{entry.Id}", written?.QuerySelector("a")?.GetAttribute("href"));
        Assert.Single(page.QuerySelectorAll(".reflection-written"));
    }

    [Fact]
    public async Task Another_parents_answer_is_never_shown_as_yours()
    {
        var (lesson, section) = LessonWithPrompt();
        var first = await factory.SignedInClientAsync($"forsta-{Guid.NewGuid():N}@example.se");
        var form = Reflections(await first.GetDocumentAsync($"/lektion/{lesson.Id}", Ct), section).QuerySelector("form.reflection-form")!;
        using var written = await SubmitAsync(first, form, "Mitt.");
        Assert.Equal(HttpStatusCode.Redirect, written.StatusCode);

        var second = await factory.SignedInClientAsync($"andra-{Guid.NewGuid():N}@example.se");
        var page = await second.GetDocumentAsync($"/lektion/{lesson.Id}", Ct);

        Assert.Empty(page.QuerySelectorAll(".reflection-written"));
    }

    [Fact]
    public async Task Danish_interface_says_you_wrote_about_it_in_danish()
    {
        var (lesson, section) = LessonWithPrompt();
        var email = $"dansk-{Guid.NewGuid():N}@example.dk";
        await factory.CreateAccountAsync(email);
        var client = factory.CreateBrowsingClient("da");
        await client.SignInAsync(email, Accounts.Password);
        var form = Reflections(await client.GetDocumentAsync($"/lektion/{lesson.Id}", Ct), section).QuerySelector("form.reflection-form")!;
        Assert.Equal("Gem i dagbogen", form.QuerySelector("button")?.TextContent);

        using var response = await SubmitAsync(client, form, "Noget om min mor.");

        var page = await client.GetDocumentAsync($"/lektion/{lesson.Id}", Ct);
        Assert.Contains("Du har skrevet om det her", Reflections(page, section).QuerySelector(".reflection-written")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lesson_with_prompts_costs_anonymous_readers_nothing_and_signed_in_readers_two_small_queries()
    {
        var (lesson, _) = LessonWithPrompt();
        var counter = new CommandCounter();
        await using var app = factory.WithClockAndCounter(TimeProvider.System, counter);
        var anonymous = app.CreateBrowsingClient("sv");
        await anonymous.GetDocumentAsync("/", Ct);
        counter.Clear();

        await anonymous.GetDocumentAsync($"/lektion/{lesson.Id}", Ct);
        Assert.Empty(counter.Commands);

        var email = $"raknad-{Guid.NewGuid():N}@example.se";
        await factory.CreateAccountAsync(email);
        var client = app.CreateBrowsingClient("sv");
        await client.SignInAsync(email, Accounts.Password);
        counter.Clear();

        await client.GetDocumentAsync($"/lektion/{lesson.Id}", Ct);

        Assert.Collection(
            counter.Commands,
            session => Assert.Contains("\"SignInSessions\"", session, StringComparison.Ordinal),
            read => Assert.Contains("\"SectionsRead\"", read, StringComparison.Ordinal),
            written =>
            {
                Assert.Contains("\"JournalEntries\"", written, StringComparison.Ordinal);
                Assert.Contains("\"UserId\" = @", written, StringComparison.Ordinal);
                Assert.DoesNotContain("Ciphertext", written, StringComparison.Ordinal);
            });
    }

    /// <summary>The first lesson in the real content with a reflection prompt, and its section.</summary>
    private (Lesson Lesson, Section Section) LessonWithPrompt()
    {
        var catalog = factory.Services.GetRequiredService<ILessonCatalog>();
        var found = catalog.Lessons
            .Where(l => l.Language == "sv")
            .SelectMany(l => l.Sections.Where(s => s.Prompts.Count > 0).Select(s => (Lesson: l, Section: s)))
            .FirstOrDefault();
        Assert.SkipWhen(found.Lesson is null, "No Swedish lesson has a reflection prompt yet.");
        return found;
    }

    private static IElement Reflections(IDocument page, Section section) =>
        page.QuerySelector($"section[aria-labelledby='{section.Id}-rubrik'] .reflections")
        ?? throw new InvalidOperationException($"No reflections in section {section.Id}.");

    private static string? Field(IElement form, string name) => form.QuerySelector($"input[name='{name}']")?.GetAttribute("value");

    /// <summary>Posts the form as a browser would: its hidden fields, the token and the text typed into the textarea.</summary>
    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, IElement form, string text)
    {
        var fields = form.QuerySelectorAll("input[name]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))
            .Append(new("Input.Text", text));
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(form.GetAttribute("action"), content, Ct);
    }

    private async Task<List<Anknytning.Web.Features.Journal.JournalEntry>> EntriesAsync(string userId)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().JournalEntries.AsNoTracking()
            .Where(e => e.UserId == userId)
            .ToListAsync(Ct);
    }
}
