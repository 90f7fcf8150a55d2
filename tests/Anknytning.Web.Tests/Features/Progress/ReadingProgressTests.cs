using Anknytning.Content;
using Anknytning.Web.Data;
using Anknytning.Web.Features.Progress;
using Microsoft.Extensions.DependencyInjection;

namespace Anknytning.Web.Tests.Features.Progress;

/// <summary>
/// The query service on the real database with a small catalogue of its own, whose ids have changed since the rows
/// were written: a renamed lesson, a renamed section, a removed section.
/// </summary>
public sealed class ReadingProgressTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static readonly DateTimeOffset Monday = new(2026, 5, 4, 8, 0, 0, TimeSpan.Zero);

    private static readonly Lesson First = new(
        Id: "forsta", Title: "Första", Language: "sv", ThemeIds: ["faser"], SourceId: "kalla", Order: 1, Summary: "…",
        Aliases: ["inledning"],
        Sections:
        [
            new Section("a", "A", 2, "<p>A</p>", []),
            new Section("b", "B", 2, "<p>B</p>", ["gamla-b"]),
            new Section("c", "C", 3, "<p>C</p>", []),
        ],
        Words: 600, FilePath: "sv/forsta.md");

    private static readonly Lesson Second = new(
        Id: "andra", Title: "Andra", Language: "sv", ThemeIds: ["faser", "lakning"], SourceId: "kalla", Order: 2, Summary: "…",
        Aliases: [],
        Sections: [new Section("d", "D", 2, "<p>D</p>", []), new Section("e", "E", 2, "<p>E</p>", [])],
        Words: 400, FilePath: "sv/andra.md");

    private static readonly Lesson Third = new(
        Id: "tredje", Title: "Tredje", Language: "sv", ThemeIds: ["lakning"], SourceId: "kalla", Order: 3, Summary: "…",
        Aliases: [],
        Sections: [new Section("f", "F", 2, "<p>F</p>", [])],
        Words: 200, FilePath: "sv/tredje.md");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Rows_under_former_ids_count_for_the_current_lesson_and_section()
    {
        var userId = await NewReaderAsync();
        await InsertAsync(userId, "inledning", "gamla-b", Monday);
        await InsertAsync(userId, "forsta", "a", Monday.AddMinutes(1));

        await WithProgressAsync(async progress =>
        {
            Assert.Equal(["a", "b"], (await progress.ReadSectionsAsync(userId, First, Ct)).Order());
            var summary = await progress.SummaryAsync(userId, Ct);
            Assert.Equal(new LessonProgress(First, 2, Monday.AddMinutes(1)), summary.For(First));
            Assert.Equal(2, summary.SectionsRead);
        });
    }

    [Fact]
    public async Task Section_stored_under_both_its_old_and_new_id_counts_once()
    {
        var userId = await NewReaderAsync();
        await InsertAsync(userId, "forsta", "gamla-b", Monday);
        await InsertAsync(userId, "forsta", "b", Monday.AddMinutes(1));

        await WithProgressAsync(async progress =>
        {
            Assert.Equal(1, (await progress.SummaryAsync(userId, Ct)).For(First).Read);

            // Undoing the section removes it under every id it was stored under.
            await progress.UnmarkSectionAsync(userId, First, First.Sections[1], Ct);
            Assert.Empty(await progress.ReadSectionsAsync(userId, First, Ct));
        });
        Assert.Empty(await factory.Services.RowsAsync(userId));
    }

    [Fact]
    public async Task Rows_of_removed_sections_and_lessons_are_ignored()
    {
        var userId = await NewReaderAsync();
        await InsertAsync(userId, "forsta", "borttagen", Monday.AddDays(2));
        await InsertAsync(userId, "borttagen-lektion", "a", Monday.AddDays(3));
        await InsertAsync(userId, "forsta", "a", Monday);

        await WithProgressAsync(async progress =>
        {
            Assert.Equal(["a"], await progress.ReadSectionsAsync(userId, First, Ct));
            var summary = await progress.SummaryAsync(userId, Ct);
            Assert.Equal(new LessonProgress(First, 1, Monday), summary.For(First));
            Assert.Equal(1, summary.SectionsRead);
            // The last mark that still means something decides where to go on.
            Assert.Equal("/lektion/forsta#b", summary.ContinueReading?.Href);

            // Marking the whole lesson writes only what is missing, and ignores the stray rows.
            await progress.MarkLessonAsync(userId, First, Ct);
            Assert.Equal(3, (await progress.SummaryAsync(userId, Ct)).For(First).Read);
        });
        Assert.Equal(5, (await factory.Services.RowsAsync(userId)).Count);
    }

    [Fact]
    public async Task Themes_add_up_their_lessons()
    {
        var userId = await NewReaderAsync();
        await InsertAsync(userId, "forsta", "a", Monday);
        await InsertAsync(userId, "andra", "d", Monday);
        await InsertAsync(userId, "tredje", "f", Monday);

        await WithProgressAsync(async progress =>
        {
            var themes = (await progress.SummaryAsync(userId, Ct)).Themes.ToDictionary(t => t.Theme.Id);
            Assert.Equal((2, 5), (themes["faser"].Read, themes["faser"].Total));
            Assert.Equal((2, 3), (themes["lakning"].Read, themes["lakning"].Total));
        });
    }

    [Theory]
    [InlineData("a", "b", "/lektion/forsta#c")]
    [InlineData("c", "a", "/lektion/forsta#b")]
    [InlineData("a", "c", "/lektion/forsta#b")]
    public async Task Continue_reading_goes_to_the_next_unread_section_after_the_last_mark(string first, string last, string expected)
    {
        var userId = await NewReaderAsync();
        await InsertAsync(userId, "forsta", first, Monday);
        await InsertAsync(userId, "forsta", last, Monday.AddHours(1));

        await WithProgressAsync(async progress =>
        {
            var next = (await progress.SummaryAsync(userId, Ct)).ContinueReading;
            Assert.Equal(expected, next?.Href);
            Assert.False(next?.IsNextLesson);
        });
    }

    [Fact]
    public async Task Continue_reading_moves_past_finished_lessons_and_ends_with_the_text()
    {
        var userId = await NewReaderAsync();
        await InsertAsync(userId, "andra", "d", Monday);
        await InsertAsync(userId, "andra", "e", Monday);

        await WithProgressAsync(async progress =>
        {
            await progress.MarkLessonAsync(userId, First, Ct);
            var next = (await progress.SummaryAsync(userId, Ct)).ContinueReading;
            Assert.True(next?.IsNextLesson);
            Assert.Equal("/lektion/tredje", next?.Href);

            await progress.MarkLessonAsync(userId, Third, Ct);
            Assert.Null((await progress.SummaryAsync(userId, Ct)).ContinueReading);
        });
    }

    [Fact]
    public async Task Marking_twice_keeps_one_row_and_the_first_time()
    {
        var userId = await NewReaderAsync();
        var clock = new FixedClock(Monday);

        await WithProgressAsync(
            async progress =>
            {
                await progress.MarkSectionAsync(userId, First, First.Sections[0], Ct);
                clock.Now = Monday.AddDays(1);
                await progress.MarkSectionAsync(userId, First, First.Sections[0], Ct);
                await progress.MarkLessonAsync(userId, First, Ct);
                await progress.MarkLessonAsync(userId, First, Ct);
            },
            clock);

        var rows = await factory.Services.RowsAsync(userId);
        Assert.Equal(["a", "b", "c"], rows.Select(r => r.SectionId));
        Assert.Equal([Monday, Monday.AddDays(1), Monday.AddDays(1)], rows.Select(r => r.ReadAt));
    }

    [Fact]
    public async Task Unmarking_a_lesson_and_resetting_touch_only_the_reader()
    {
        var userId = await NewReaderAsync();
        var otherId = await NewReaderAsync();
        await InsertAsync(userId, "inledning", "a", Monday);
        await InsertAsync(userId, "andra", "d", Monday);
        await InsertAsync(otherId, "forsta", "a", Monday);

        await WithProgressAsync(async progress =>
        {
            await progress.UnmarkLessonAsync(userId, First, Ct);
            Assert.Equal(["d"], (await factory.Services.RowsAsync(userId)).Select(r => r.SectionId));
            await progress.ResetAsync(userId, Ct);
        });

        Assert.Empty(await factory.Services.RowsAsync(userId));
        Assert.Single(await factory.Services.RowsAsync(otherId));
    }

    [Fact]
    public async Task Pages_ignore_rows_of_sections_and_lessons_that_no_longer_exist()
    {
        var email = $"{Guid.NewGuid():N}@example.se";
        var userId = await factory.CreateAccountAsync(email);
        await InsertAsync(userId, "barnets-behov-av-narhet", "fyra-faser", Monday);
        await InsertAsync(userId, "barnets-behov-av-narhet", "ett-borttaget-avsnitt", Monday.AddDays(1));
        await InsertAsync(userId, "en-borttagen-lektion", "fyra-faser", Monday.AddDays(2));
        var client = factory.CreateBrowsingClient("sv");
        await client.SignInAsync(email, Accounts.Password);

        var lesson = await client.GetDocumentAsync("/lektion/barnets-behov-av-narhet", Ct);
        var mine = await client.GetDocumentAsync("/min-lasning", Ct);
        var home = await client.GetDocumentAsync("/", Ct);

        Assert.Equal("1 av 6 avsnitt läst", lesson.QuerySelector(".lesson-progress .reading-bar-text")?.TextContent);
        Assert.Single(lesson.QuerySelectorAll("form.mark-read.is-read"));
        Assert.Equal("1 av 6 avsnitt läst", mine.QuerySelector("li[data-lesson='barnets-behov-av-narhet'] .reading-bar-text")?.TextContent);
        Assert.Equal("/lektion/barnets-behov-av-narhet#otrygg-anknytning", home.QuerySelector(".continue-card-title a")?.GetAttribute("href"));
    }

    private async Task<string> NewReaderAsync() => await factory.CreateAccountAsync($"{Guid.NewGuid():N}@example.se");

    private Task InsertAsync(string userId, string lessonId, string sectionId, DateTimeOffset readAt) =>
        factory.Services.InsertRowAsync(new SectionRead { UserId = userId, LessonId = lessonId, SectionId = sectionId, ReadAt = readAt });

    private async Task WithProgressAsync(Func<ReadingProgress, Task> act, TimeProvider? clock = null)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await act(new ReadingProgress(db, new FixtureCatalog([First, Second, Third]), clock ?? new FixedClock(Monday)));
    }
}

/// <summary>A catalogue made of records, for content the real lessons do not have (yet): former ids, removed sections.</summary>
internal sealed class FixtureCatalog(IReadOnlyList<Lesson> lessons) : ILessonCatalog
{
    public IReadOnlyList<Theme> Themes { get; } =
    [
        new("faser", 1, "#9c4f2e", new LocalizedText("Faser", "Faser"), new LocalizedText("…", "…"), []),
        new("lakning", 2, "#3f7a3a", new LocalizedText("Läkning", "Heling"), new LocalizedText("…", "…"), []),
    ];

    public IReadOnlyList<Source> Sources { get; } = [new("kalla", "sv", "Källan", null, null, "…", "…", "kalla.txt", [])];

    public IReadOnlyList<Lesson> Lessons => lessons;

    public Theme? FindTheme(string id) => Themes.FirstOrDefault(t => t.Id == id || t.Aliases.Contains(id));

    public Source? FindSource(string id) => Sources.FirstOrDefault(s => s.Id == id);

    public Lesson? FindLesson(string id) => lessons.FirstOrDefault(l => l.Id == id || l.Aliases.Contains(id));

    public IReadOnlyList<Lesson> LessonsInTheme(string themeId) => [.. lessons.Where(l => l.ThemeIds.Contains(themeId))];

    public IReadOnlyList<Lesson> LessonsInSource(string sourceId) => [.. lessons.Where(l => l.SourceId == sourceId)];

    public Lesson? LessonBefore(Lesson lesson) => lessons.LastOrDefault(l => l.SourceId == lesson.SourceId && l.Order < lesson.Order);

    public Lesson? LessonAfter(Lesson lesson) => lessons.FirstOrDefault(l => l.SourceId == lesson.SourceId && l.Order > lesson.Order);
}
