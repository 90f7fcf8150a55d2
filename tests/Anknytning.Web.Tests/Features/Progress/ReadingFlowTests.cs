using System.Net;
using Anknytning.Web.Features.Progress;

namespace Anknytning.Web.Tests.Features.Progress;

public sealed class ReadingFlowTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string LessonId = "barnets-behov-av-narhet";

    // 23:30 in Stockholm on 14 March: still the 14th there, though the server may think in UTC.
    private static readonly DateTimeOffset MarkedAt = new(2026, 3, 14, 22, 30, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reader_marks_unmarks_and_resets_and_every_page_follows()
    {
        var userId = await factory.CreateAccountAsync("flode@example.se");
        await using var app = factory.WithClockAndCounter(new FixedClock(MarkedAt), new CommandCounter());
        var client = app.CreateBrowsingClient("sv");
        await client.SignInAsync("flode@example.se", Accounts.Password);

        // A fresh lesson: every section can be marked, nothing is read.
        var lesson = await client.GetDocumentAsync($"/lektion/{LessonId}", Ct);
        Assert.Equal(6, lesson.QuerySelectorAll("form.mark-read:not(.is-read)").Length);
        Assert.Equal("0 av 6 avsnitt lästa", lesson.QuerySelector(".lesson-progress .reading-bar-text")?.TextContent);
        Assert.StartsWith("Markera som läst", lesson.SectionForm("fyra-faser").QuerySelector("button")?.TextContent, StringComparison.Ordinal);

        // Mark one section: back to where the reader was.
        using (var marked = await client.SubmitAsync(lesson.SectionForm("fyra-faser"), Ct))
        {
            Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
            Assert.Equal($"/lektion/{LessonId}#fyra-faser-markera", marked.Headers.Location?.OriginalString);
        }

        var row = Assert.Single(await factory.Services.RowsAsync(userId));
        Assert.Equal((LessonId, "fyra-faser", MarkedAt), (row.LessonId, row.SectionId, row.ReadAt));

        lesson = await client.GetDocumentAsync($"/lektion/{LessonId}", Ct);
        var form = lesson.SectionForm("fyra-faser");
        Assert.Contains("is-read", form.ClassList);
        Assert.Contains("Läst", form.QuerySelector(".mark-read-status")?.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Ångra", form.QuerySelector("button")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("1 av 6 avsnitt läst", lesson.QuerySelector(".lesson-progress .reading-bar-text")?.TextContent);
        var tocEntry = lesson.QuerySelector("nav.toc a[href='#fyra-faser']")?.ParentElement;
        Assert.Equal("(läst)", tocEntry?.QuerySelector(".toc-read .visually-hidden")?.TextContent);
        Assert.Single(lesson.QuerySelectorAll("nav.toc .toc-read"));

        // My reading: a bar for the lesson, the date in Swedish, bars for the themes.
        var mine = await client.GetDocumentAsync("/min-lasning", Ct);
        var item = mine.QuerySelector($"li[data-lesson='{LessonId}']");
        Assert.NotNull(item);
        var bar = item.QuerySelector("progress");
        Assert.Equal(("1", "6"), (bar?.GetAttribute("value"), bar?.GetAttribute("max")));
        Assert.Equal("1 av 6 avsnitt läst", item.QuerySelector(".reading-bar-text")?.TextContent);
        Assert.Equal("2026-03-14", item.QuerySelector("time")?.GetAttribute("datetime"));
        Assert.Equal("Senast läst 14 mars 2026", item.QuerySelector(".reading-date")?.TextContent);
        Assert.NotEmpty(mine.QuerySelectorAll(".reading-themes progress"));
        Assert.Empty(mine.QuerySelectorAll("[style]"));

        // Home: go on with the next unread section.
        var home = await client.GetDocumentAsync("/", Ct);
        Assert.Equal(
            $"/lektion/{LessonId}#otrygg-anknytning",
            home.QuerySelector(".continue-reading .continue-card-title a")?.GetAttribute("href"));
        Assert.Equal("1 av 6 avsnitt läst", home.QuerySelector(".start-here .reading-bar-text")?.TextContent);

        // Undo.
        using (var undone = await client.SubmitAsync(lesson.SectionForm("fyra-faser"), Ct))
        {
            Assert.Equal(HttpStatusCode.Redirect, undone.StatusCode);
        }

        Assert.Empty(await factory.Services.RowsAsync(userId));
        lesson = await client.GetDocumentAsync($"/lektion/{LessonId}", Ct);
        Assert.DoesNotContain("is-read", lesson.SectionForm("fyra-faser").ClassList);

        // The whole lesson at once.
        using (var whole = await client.SubmitAsync(lesson.QuerySelector("form.mark-lesson")!, Ct))
        {
            Assert.Equal(HttpStatusCode.Redirect, whole.StatusCode);
            Assert.Equal($"/lektion/{LessonId}#{MarkModel.LessonAnchor}", whole.Headers.Location?.OriginalString);
        }

        Assert.Equal(6, (await factory.Services.RowsAsync(userId)).Count);
        lesson = await client.GetDocumentAsync($"/lektion/{LessonId}", Ct);
        Assert.Equal(6, lesson.QuerySelectorAll("form.mark-read.is-read").Length);
        Assert.EndsWith("Du har läst hela lektionen.", lesson.QuerySelector(".lesson-reading .mark-read-status")?.TextContent, StringComparison.Ordinal);

        // Reset: the form on My reading leads to a page that asks first.
        mine = await client.GetDocumentAsync("/min-lasning", Ct);
        var resetForm = mine.QuerySelector(".reading-reset form");
        Assert.Equal(("get", "/min-lasning/nollstall"), (resetForm?.GetAttribute("method"), resetForm?.GetAttribute("action")));
        var confirm = await client.GetDocumentAsync("/min-lasning/nollstall", Ct);
        Assert.Equal("Vill du nollställa din läsning?", confirm.QuerySelector("h1")?.TextContent);
        Assert.Equal(6, (await factory.Services.RowsAsync(userId)).Count);

        using (var reset = await client.SubmitAsync(confirm.QuerySelector("form.reset-form")!, Ct))
        {
            Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
            Assert.Equal("/min-lasning", reset.Headers.Location?.OriginalString);
        }

        Assert.Empty(await factory.Services.RowsAsync(userId));
        mine = await client.GetDocumentAsync("/min-lasning", Ct);
        Assert.NotNull(mine.QuerySelector(".reading-empty"));
        Assert.Null(mine.QuerySelector(".reading-reset"));
        Assert.Null((await client.GetDocumentAsync("/", Ct)).QuerySelector(".continue-reading"));
    }

    [Fact]
    public async Task Finished_lesson_sends_the_reader_on_to_the_next_lesson()
    {
        await using var app = factory.WithClockAndCounter(new FixedClock(MarkedAt), new CommandCounter());
        await factory.CreateAccountAsync("vidare@example.dk");
        var client = app.CreateBrowsingClient("da");
        await client.SignInAsync("vidare@example.dk", Accounts.Password);
        var lesson = await client.GetDocumentAsync("/lektion/indledning", Ct);

        using var response = await client.SubmitAsync(lesson.QuerySelector("form.mark-lesson")!, Ct);

        var home = await client.GetDocumentAsync("/", Ct);
        Assert.Equal("Næste lektion", home.QuerySelector(".continue-card .eyebrow")?.TextContent);
        Assert.Equal("/lektion/tilknytningens-formaal", home.QuerySelector(".continue-card-title a")?.GetAttribute("href"));
        Assert.Equal("Fortsæt med at læse", home.QuerySelector("#continue-reading-title")?.TextContent);
    }

    [Fact]
    public async Task My_reading_speaks_danish_with_danish_dates()
    {
        await using var app = factory.WithClockAndCounter(new FixedClock(MarkedAt), new CommandCounter());
        await factory.CreateAccountAsync("dansk@example.dk");
        var client = app.CreateBrowsingClient("da");
        await client.SignInAsync("dansk@example.dk", Accounts.Password);
        var lesson = await client.GetDocumentAsync("/lektion/heling", Ct);
        var form = lesson.QuerySelector("form.mark-read")!;
        Assert.StartsWith("Marker som læst", form.QuerySelector("button")?.TextContent, StringComparison.Ordinal);

        using var response = await client.SubmitAsync(form, Ct);

        var mine = await client.GetDocumentAsync("/min-lasning", Ct);
        Assert.Equal("Min læsning", mine.QuerySelector("h1")?.TextContent);
        var item = mine.QuerySelector("li[data-lesson='heling']");
        Assert.Matches(@"^1 af \d+ afsnit læst$", item?.QuerySelector(".reading-bar-text")?.TextContent);
        Assert.Equal("Sidst læst 14. marts 2026", item?.QuerySelector(".reading-date")?.TextContent);
        Assert.Equal("Nulstil min læsning", mine.QuerySelector(".reading-reset button")?.TextContent);
    }
}
