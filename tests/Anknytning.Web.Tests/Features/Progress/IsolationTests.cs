using System.Net;
using Anknytning.Web.Features.Progress;

namespace Anknytning.Web.Tests.Features.Progress;

/// <summary>One parent's reading is theirs alone: another account can neither see nor change it.</summary>
public abstract class IsolationTests(AppFactory factory)
{
    private const string LessonId = "barnets-behov-av-narhet";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Second_reader_never_sees_or_changes_the_first_readers_progress()
    {
        var firstId = await factory.CreateAccountAsync("forsta@example.se");
        var first = factory.CreateBrowsingClient("sv");
        await first.SignInAsync("forsta@example.se", Accounts.Password);
        var lesson = await first.GetDocumentAsync($"/lektion/{LessonId}", Ct);
        (await first.SubmitAsync(lesson.SectionForm("behov-av-narhet"), Ct)).Dispose();
        (await first.SubmitAsync(lesson.SectionForm("fyra-faser"), Ct)).Dispose();
        var before = await factory.Services.RowsAsync(firstId);
        Assert.Equal(2, before.Count);

        var secondId = await factory.CreateAccountAsync("andra@example.se");
        var second = factory.CreateBrowsingClient("sv");
        await second.SignInAsync("andra@example.se", Accounts.Password);

        // Nothing of the first reader's shows on the second reader's pages.
        var seen = await second.GetDocumentAsync($"/lektion/{LessonId}", Ct);
        Assert.Empty(seen.QuerySelectorAll("form.mark-read.is-read, nav.toc .toc-read"));
        var mine = await second.GetDocumentAsync("/min-lasning", Ct);
        Assert.All(mine.QuerySelectorAll("progress"), p => Assert.Equal("0", p.GetAttribute("value")));
        Assert.NotNull(mine.QuerySelector(".reading-empty"));
        Assert.Null((await second.GetDocumentAsync("/", Ct)).QuerySelector(".continue-reading"));

        // Every change, with the second reader's own token and the first reader's ids (and a forged user id).
        var token = seen.SectionForm("fyra-faser").QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        foreach (var path in new[]
        {
            "/min-lasning/markera?handler=UnmarkSection",
            "/min-lasning/markera?handler=UnmarkLesson",
            "/min-lasning/nollstall",
            "/min-lasning/markera?handler=Section",
            "/min-lasning/markera?handler=Lesson",
        })
        {
            using var response = await second.PostFieldsAsync(
                path,
                [
                    new("__RequestVerificationToken", token), new("lessonId", LessonId), new("sectionId", "fyra-faser"),
                    new("userId", firstId), new("UserId", firstId),
                ],
                Ct);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        // The first reader's rows are exactly as they were; what the second reader marked is the second reader's.
        var after = await factory.Services.RowsAsync(firstId);
        Assert.Equal(
            before.Select(r => (r.Id, r.LessonId, r.SectionId, r.ReadAt)),
            after.Select(r => (r.Id, r.LessonId, r.SectionId, r.ReadAt)));
        var secondRows = await factory.Services.RowsAsync(secondId);
        Assert.Equal(6, secondRows.Count);
        Assert.All(secondRows, r => Assert.Equal(secondId, r.UserId));

        // And the first reader still sees their own two sections, not the second reader's six.
        var firstLesson = await first.GetDocumentAsync($"/lektion/{LessonId}", Ct);
        Assert.Equal(2, firstLesson.QuerySelectorAll("form.mark-read.is-read").Length);
    }

    [Fact]
    public async Task Form_with_another_accounts_token_is_refused()
    {
        await factory.CreateAccountAsync("tredje@example.se");
        var victimId = await factory.CreateAccountAsync("fjarde@example.se");
        var attacker = factory.CreateBrowsingClient("sv");
        await attacker.SignInAsync("tredje@example.se", Accounts.Password);
        var victim = factory.CreateBrowsingClient("sv");
        await victim.SignInAsync("fjarde@example.se", Accounts.Password);
        await factory.Services.InsertRowAsync(new SectionRead { UserId = victimId, LessonId = LessonId, SectionId = "fyra-faser", ReadAt = DateTimeOffset.UtcNow });
        var attackersForm = (await attacker.GetDocumentAsync($"/lektion/{LessonId}", Ct)).SectionForm("fyra-faser");

        using var response = await victim.SubmitAsync(attackersForm, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single(await factory.Services.RowsAsync(victimId));
    }
}

/// <summary>On SQLite, the default provider.</summary>
public sealed class IsolationTestsOnSqlite(AppFactory factory) : IsolationTests(factory), IClassFixture<AppFactory>;

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class IsolationTestsOnPostgreSql(PostgreSqlAppFactory factory) : IsolationTests(factory), IClassFixture<PostgreSqlAppFactory>;
