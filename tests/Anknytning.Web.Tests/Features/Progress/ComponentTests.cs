using System.Globalization;
using Anknytning.Content;
using Anknytning.Web.Features.Lessons;
using Anknytning.Web.Features.Progress;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace Anknytning.Web.Tests.Features.Progress;

public sealed class ComponentTests : ComponentTest
{
    private static readonly Lesson Lesson = new(
        Id: "heling",
        Title: "Heling af tilknytningstraumer",
        Language: "da",
        ThemeIds: ["lakning"],
        SourceId: "tilknytning",
        Order: 7,
        Summary: "Om at hele gamle sår.",
        Aliases: [],
        Sections:
        [
            new Section("i-relationen", "I relationen til omsorgspersonen", 2, "<p>Tekst.</p>", []),
            new Section("voksne", "I voksne relationer", 3, "<p>Tekst.</p>", []),
            new Section("i-terapi", "I terapi", 2, "<p>Tekst.</p>", []),
        ],
        Words: 1400,
        FilePath: "content/da/heling.md");


    [Theory]
    [InlineData(0, 5, "0 av 5 avsnitt lästa")]
    [InlineData(1, 5, "1 av 5 avsnitt läst")]
    [InlineData(3, 5, "3 av 5 avsnitt lästa")]
    public void Reading_bar_is_a_progress_element_labelled_by_its_words(int read, int total, string words)
    {
        var bar = Render<ReadingBar>(p => p.Add(c => c.Read, read).Add(c => c.Total, total));

        var label = bar.Find("label.reading-bar");
        var progress = label.QuerySelector("progress");
        Assert.Equal((read.ToString(CultureInfo.InvariantCulture), total.ToString(CultureInfo.InvariantCulture)), (progress?.GetAttribute("value"), progress?.GetAttribute("max")));
        Assert.Equal(words, label.QuerySelector(".reading-bar-text")?.TextContent);
        Assert.Null(label.GetAttribute("style"));
        Assert.Null(progress?.GetAttribute("style"));
    }

    [Fact]
    public void Reading_bar_speaks_danish_and_shows_when_all_is_read()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("da");

        var bar = Render<ReadingBar>(p => p.Add(c => c.Read, 5).Add(c => c.Total, 5));

        Assert.Equal("5 af 5 afsnit læst", bar.Find(".reading-bar-text").TextContent);
        Assert.Contains("is-done", bar.Find(".reading-bar").ClassList);
    }

    [Fact]
    public void Reading_bar_is_left_out_for_a_lesson_without_sections()
    {
        var bar = Render<ReadingBar>(p => p.Add(c => c.Read, 0).Add(c => c.Total, 0));

        Assert.Empty(bar.FindAll("progress"));
    }

    [Fact]
    public void Table_of_contents_ticks_read_sections_with_a_word_for_screen_readers()
    {
        var toc = Render<TableOfContents>(p => p.Add(c => c.Lesson, Lesson).Add(c => c.ReadSections, new HashSet<string> { "voksne" }));

        var read = Assert.Single(toc.FindAll(".toc-read"));
        Assert.Equal("#voksne", read.ParentElement?.QuerySelector("a")?.GetAttribute("href"));
        Assert.Equal("true", read.QuerySelector("[aria-hidden]")?.GetAttribute("aria-hidden"));
        Assert.Equal("✓", read.QuerySelector("[aria-hidden]")?.TextContent);
        Assert.Equal("(läst)", read.QuerySelector(".visually-hidden")?.TextContent);
        Assert.Equal("sv", read.QuerySelector(".visually-hidden")?.GetAttribute("lang"));
    }

    [Fact]
    public void Table_of_contents_for_an_anonymous_reader_has_no_ticks()
    {
        var toc = Render<TableOfContents>(p => p.Add(c => c.Lesson, Lesson));

        Assert.Empty(toc.FindAll(".toc-read"));
    }

    [Fact]
    public void Lesson_card_shows_the_readers_progress_only_when_given()
    {
        var anonymous = Render<LessonCard>(p => p.Add(c => c.Lesson, Lesson));
        var signedIn = Render<LessonCard>(p => p.Add(c => c.Lesson, Lesson).Add(c => c.Progress, new LessonProgress(Lesson, 2, null)));

        Assert.Empty(anonymous.FindAll(".reading-bar"));
        Assert.Equal("2 av 3 avsnitt lästa", signedIn.Find(".lesson-card .reading-bar-text").TextContent);
    }

    [Fact]
    public void Continue_card_links_to_the_next_section_in_the_lesson()
    {
        var next = new ContinueReading(Lesson, Lesson.Sections[2], IsNextLesson: false, new LessonProgress(Lesson, 2, null));

        var card = Render<ContinueReadingCard>(p => p.Add(c => c.Next, next));

        Assert.Equal("Nästa avsnitt", card.Find(".eyebrow").TextContent);
        var link = card.Find(".continue-card-title a");
        Assert.Equal(("/lektion/heling#i-terapi", "I terapi"), (link.GetAttribute("href"), link.TextContent));
        Assert.Equal("da", card.Find(".continue-card-title").GetAttribute("lang"));
        Assert.Contains("Heling af tilknytningstraumer", card.Find(".continue-card-lesson").TextContent, StringComparison.Ordinal);
        Assert.Equal("2 av 3 avsnitt lästa", card.Find(".reading-bar-text").TextContent);
    }

    [Fact]
    public void Continue_card_links_to_the_top_of_the_next_lesson()
    {
        var next = new ContinueReading(Lesson, Lesson.Sections[0], IsNextLesson: true, new LessonProgress(Lesson, 0, null));

        var card = Render<ContinueReadingCard>(p => p.Add(c => c.Next, next));

        Assert.Equal("Nästa lektion", card.Find(".eyebrow").TextContent);
        Assert.Equal("/lektion/heling", card.Find(".continue-card-title a").GetAttribute("href"));
        Assert.Equal("Heling af tilknytningstraumer", card.Find(".continue-card-title a").TextContent);
        Assert.Empty(card.FindAll(".continue-card-lesson"));
    }
}
