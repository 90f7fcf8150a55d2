using System.Net;
using static Anknytning.Web.Tests.Features.Journal.JournalTesting;

namespace Anknytning.Web.Tests.Features.Journal;

/// <summary>A journal is one parent's alone: another account's ids lead nowhere and change nothing.</summary>
public abstract class IsolationTests(AppFactory factory)
{
    [Fact]
    public async Task Second_parent_can_neither_see_nor_change_nor_delete_the_first_parents_reflection()
    {
        using var app = factory.WithPrompt();
        var (first, firstId, _) = await factory.ParentAsync("forsta", app: app);
        var page = await first.GetDocumentAsync($"/dagbok/skriv?lektion={LessonId}&avsnitt={SectionId}&fraga={PromptId}", Ct);
        (await first.SubmitAsync(page.JournalForm(), new() { ["Input.Title"] = "Mitt hemliga", ["Input.Text"] = "Om pappa" })).Dispose();
        var before = Assert.Single(await app.Services.EntriesAsync(firstId));
        var id = before.Id;

        var (second, secondId, _) = await factory.ParentAsync("andra", app: app);
        foreach (var path in new[] { $"/dagbok/{id}", $"/dagbok/{id}/andra", $"/dagbok/{id}/ta-bort" })
        {
            using var response = await second.GetAsync(path, Ct);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        var token = (await second.GetDocumentAsync("/dagbok/skriv", Ct)).JournalForm().Fields()["__RequestVerificationToken"];
        foreach (var path in new[] { $"/dagbok/{id}/andra", $"/dagbok/{id}/ta-bort" })
        {
            using var response = await second.PostAsync(path, new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Input.Title"] = "Ändrad",
                ["Input.Text"] = "Ändrad",
                ["UserId"] = firstId,
            });
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        // The first parent's search address, its words sealed for their account, shows the second parent nothing.
        var (search, found) = await first.SearchJournalAsync("pappa");
        Assert.Single(found.QuerySelectorAll(".journal-entry"));
        foreach (var path in new[] { "/dagbok", search, "/dagbok?sok=pappa", $"/dagbok?lektion={LessonId}", "/dagbok?tema=faser" })
        {
            var journal = await second.GetDocumentAsync(path, Ct);
            Assert.Empty(journal.QuerySelectorAll(".journal-entry"));
            Assert.DoesNotContain("hemliga", journal.Body!.TextContent, StringComparison.Ordinal);
        }

        var after = Assert.Single(await app.Services.EntriesAsync(firstId));
        Assert.Equal(
            (before.TitleCiphertext, before.TextCiphertext, before.WrittenAt, before.EditedAt),
            (after.TitleCiphertext, after.TextCiphertext, after.WrittenAt, after.EditedAt));
        Assert.Empty(await app.Services.EntriesAsync(secondId));
        Assert.Single((await first.GetDocumentAsync(search, Ct)).QuerySelectorAll(".journal-entry"));
    }

    [Fact]
    public async Task Same_submission_id_from_two_parents_makes_two_separate_reflections()
    {
        var (first, firstId, _) = await factory.ParentAsync("ett");
        var (second, secondId, _) = await factory.ParentAsync("tva");
        var submission = Guid.NewGuid().ToString("N");

        foreach (var client in new[] { first, second })
        {
            var form = (await client.GetDocumentAsync("/dagbok/skriv", Ct)).JournalForm();
            using var response = await client.SubmitAsync(form, new() { ["Input.SubmissionId"] = submission, ["Input.Text"] = "Text" });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        Assert.Single(await factory.Services.EntriesAsync(firstId));
        Assert.Single(await factory.Services.EntriesAsync(secondId));
    }
}

/// <summary>On SQLite, the default provider.</summary>
public sealed class IsolationTestsOnSqlite(AppFactory factory) : IsolationTests(factory), IClassFixture<AppFactory>;

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class IsolationTestsOnPostgreSql(PostgreSqlAppFactory factory) : IsolationTests(factory), IClassFixture<PostgreSqlAppFactory>;
