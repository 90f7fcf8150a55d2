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
    public void Unread_section_gets_a_plain_form_that_marks_it_as_read()
    {
        var form = RenderForm(isRead: false).Find("form.mark-read");

        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("/min-lasning/markera?handler=Section", form.GetAttribute("action"));
        Assert.Equal("sv", form.GetAttribute("lang"));
        Assert.Equal("token-value", form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value"));
        Assert.Equal("heling", form.QuerySelector("input[name=lessonId]")?.GetAttribute("value"));
        Assert.Equal("i-terapi", form.QuerySelector("input[name=sectionId]")?.GetAttribute("value"));
        var button = form.QuerySelector("button[type=submit]");
        Assert.Equal("Markera som läst: I terapi", button?.TextContent);
        Assert.Equal("da", button?.QuerySelector(".visually-hidden [lang]")?.GetAttribute("lang"));
        Assert.Null(form.QuerySelector(".mark-read-status"));
    }

    [Fact]
    public void Read_section_says_so_and_offers_to_undo()
    {
        var form = RenderForm(isRead: true).Find("form.mark-read");

        Assert.Contains("is-read", form.ClassList);
        Assert.Equal("/min-lasning/markera?handler=UnmarkSection", form.GetAttribute("action"));
        Assert.Equal("✓ Läst", form.QuerySelector(".mark-read-status")?.TextContent);
        Assert.Equal("true", form.QuerySelector(".read-mark")?.GetAttribute("aria-hidden"));
        Assert.Equal("Ångra, markera som oläst: I terapi", form.QuerySelector("button")?.TextContent);
    }

    [Fact]
    public void Read_section_speaks_danish_in_the_danish_interface()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("da");

        Assert.StartsWith("Marker som læst", RenderForm(isRead: false).Find("button").TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Fortryd", RenderForm(isRead: true).Find("button").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Lesson_form_marks_the_rest_of_the_lesson_and_shows_the_bar()
    {
        var end = RenderLessonForm(read: 1);

        Assert.Equal(MarkModel.LessonAnchor, end.Find(".lesson-reading").Id);
        Assert.Equal("1 av 3 avsnitt läst", end.Find(".reading-bar-text").TextContent);
        var form = end.Find("form.mark-lesson");
        Assert.Equal("/min-lasning/markera?handler=Lesson", form.GetAttribute("action"));
        Assert.Equal("heling", form.QuerySelector("input[name=lessonId]")?.GetAttribute("value"));
        Assert.Equal("Markera hela lektionen som läst", form.QuerySelector("button")?.TextContent);
    }

    [Fact]
    public void Finished_lesson_says_so_and_can_be_unmarked()
    {
        var form = RenderLessonForm(read: 3).Find("form.mark-lesson");

        Assert.Equal("/min-lasning/markera?handler=UnmarkLesson", form.GetAttribute("action"));
        Assert.Equal("✓ Du har läst hela lektionen.", form.QuerySelector(".mark-read-status")?.TextContent);
        Assert.Equal("Markera hela lektionen som oläst", form.QuerySelector("button")?.TextContent);
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

    private IRenderedComponent<MarkAsReadForm> RenderForm(bool isRead) => Render<MarkAsReadForm>(p => p
        .Add(c => c.Lesson, Lesson)
        .Add(c => c.Section, Lesson.Sections[2])
        .Add(c => c.IsRead, isRead)
        .Add(c => c.AntiforgeryFieldName, "__RequestVerificationToken")
        .Add(c => c.AntiforgeryToken, "token-value"));

    private IRenderedComponent<MarkLessonForm> RenderLessonForm(int read) => Render<MarkLessonForm>(p => p
        .Add(c => c.Lesson, Lesson)
        .Add(c => c.Read, read)
        .Add(c => c.AntiforgeryFieldName, "__RequestVerificationToken")
        .Add(c => c.AntiforgeryToken, "token-value"));
}
