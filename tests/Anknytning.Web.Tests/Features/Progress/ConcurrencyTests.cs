using System.Net;
using Anknytning.Content;
using Anknytning.Web.Data;
using Anknytning.Web.Features.Progress;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anknytning.Web.Tests.Features.Progress;

/// <summary>Two tabs, double clicks and many parents at once: one row per section, no lost write, no "database is locked".</summary>
public abstract class ConcurrencyTests(AppFactory factory)
{
    private const string LessonId = "barnets-behov-av-narhet";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Twenty_simultaneous_posts_of_the_same_section_leave_one_row()
    {
        var userId = await factory.CreateAccountAsync("dubbelklick@example.se");
        var client = factory.CreateBrowsingClient("sv");
        await client.SignInAsync("dubbelklick@example.se", Accounts.Password);
        var form = (await client.GetDocumentAsync($"/lektion/{LessonId}", Ct)).SectionForm("otrygg-anknytning");

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => client.SubmitAsync(form, Ct), Ct)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        foreach (var response in responses)
        {
            response.Dispose();
        }

        var row = Assert.Single(await factory.Services.RowsAsync(userId));
        Assert.Equal("otrygg-anknytning", row.SectionId);
    }

    [Fact]
    public async Task Simultaneous_section_and_lesson_marks_of_one_reader_leave_one_row_per_section()
    {
        var userId = await factory.CreateAccountAsync("tva-flikar@example.se");
        var lesson = factory.Services.GetRequiredService<ILessonCatalog>().FindLesson(LessonId)!;

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(
            async () =>
            {
                using var scope = factory.Services.CreateScope();
                var progress = scope.ServiceProvider.GetRequiredService<ReadingProgress>();
                if (i % 4 == 0)
                {
                    await progress.MarkLessonAsync(userId, lesson, Ct);
                }
                else
                {
                    await progress.MarkSectionAsync(userId, lesson, lesson.Sections[i % lesson.Sections.Count], Ct);
                }
            },
            Ct)));

        var rows = await factory.Services.RowsAsync(userId);
        Assert.Equal(lesson.Sections.Select(s => s.Id).Order(), rows.Select(r => r.SectionId).Order());
    }

    [Fact]
    public async Task Ten_readers_marking_ten_sections_at_once_lose_no_write()
    {
        var catalog = factory.Services.GetRequiredService<ILessonCatalog>();
        var sections = catalog.Lessons.SelectMany(l => l.Sections.Select(s => (Lesson: l, Section: s))).Take(10).ToList();
        Assert.Equal(10, sections.Count);
        var users = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            users.Add(await factory.CreateAccountAsync($"forälder{i}@example.se"));
        }

        await Task.WhenAll(users.SelectMany(user => sections.Select(mark => Task.Run(
            async () =>
            {
                using var scope = factory.Services.CreateScope();
                await scope.ServiceProvider.GetRequiredService<ReadingProgress>().MarkSectionAsync(user, mark.Lesson, mark.Section, Ct);
            },
            Ct))));

        using var check = factory.Services.CreateScope();
        var db = check.ServiceProvider.GetRequiredService<AppDbContext>();
        var counts = await db.SectionsRead.AsNoTracking()
            .Where(r => users.Contains(r.UserId))
            .GroupBy(r => r.UserId)
            .Select(g => g.Count())
            .ToListAsync(Ct);
        Assert.Equal(Enumerable.Repeat(10, 10), counts);
    }

    [Fact]
    public async Task Many_simultaneous_marks_and_unmarks_of_one_section_never_fail()
    {
        var userId = await factory.CreateAccountAsync("fram-och-tillbaka@example.se");
        var client = factory.CreateBrowsingClient("sv");
        await client.SignInAsync("fram-och-tillbaka@example.se", Accounts.Password);
        var mark = (await client.GetDocumentAsync($"/lektion/{LessonId}", Ct)).SectionForm("otrygg-anknytning");
        using (var first = await client.SubmitAsync(mark, Ct))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        var unmark = (await client.GetDocumentAsync($"/lektion/{LessonId}", Ct)).SectionForm("otrygg-anknytning");
        Assert.Contains("UnmarkSection", unmark.GetAttribute("action"), StringComparison.Ordinal);

        var responses = await Task.WhenAll(Enumerable.Range(0, 300).Select(i => Task.Run(
            () => client.SubmitAsync(i % 2 == 0 ? mark : unmark, Ct), Ct)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        foreach (var response in responses)
        {
            response.Dispose();
        }

        Assert.InRange((await factory.Services.RowsAsync(userId)).Count, 0, 1);
    }

    [Fact]
    public async Task Marking_a_section_twice_logs_no_error()
    {
        var log = new ErrorLog();
        using var app = factory.WithErrorLog(log);
        var userId = await factory.CreateAccountAsync("tva-ganger@example.se");
        var client = app.CreateBrowsingClient("sv");
        await client.SignInAsync("tva-ganger@example.se", Accounts.Password);
        var form = (await client.GetDocumentAsync($"/lektion/{LessonId}", Ct)).SectionForm("fyra-faser");

        using var first = await client.SubmitAsync(form, Ct);
        using var second = await client.SubmitAsync(form, Ct);

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (first.StatusCode, second.StatusCode));
        Assert.Single(await app.Services.RowsAsync(userId));
        Assert.Empty(log.Errors);
    }

    [Fact]
    public async Task Marking_a_lesson_with_some_sections_read_logs_no_error()
    {
        var log = new ErrorLog();
        using var app = factory.WithErrorLog(log);
        var userId = await factory.CreateAccountAsync("halvlast@example.se");
        var lesson = app.Services.GetRequiredService<ILessonCatalog>().FindLesson(LessonId)!;
        using var scope = app.Services.CreateScope();
        var progress = scope.ServiceProvider.GetRequiredService<ReadingProgress>();
        await progress.MarkSectionAsync(userId, lesson, lesson.Sections[1], Ct);

        // Two tabs: the lesson's unread sections are counted in one, while the other marks one of them.
        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(
            async () =>
            {
                using var tab = app.Services.CreateScope();
                var other = tab.ServiceProvider.GetRequiredService<ReadingProgress>();
                await (i % 2 == 0 ? other.MarkLessonAsync(userId, lesson, Ct) : other.MarkSectionAsync(userId, lesson, lesson.Sections[i % lesson.Sections.Count], Ct));
            },
            Ct)));

        Assert.Equal(lesson.Sections.Count, (await app.Services.RowsAsync(userId)).Count);
        Assert.Empty(log.Errors);
    }
}

/// <summary>On SQLite, the default provider.</summary>
public sealed class ConcurrencyTestsOnSqlite(AppFactory factory) : ConcurrencyTests(factory), IClassFixture<AppFactory>;

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class ConcurrencyTestsOnPostgreSql(PostgreSqlAppFactory factory) : ConcurrencyTests(factory), IClassFixture<PostgreSqlAppFactory>;
