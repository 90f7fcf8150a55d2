using System.Globalization;
using Anknytning.Content;
using Anknytning.Web.Features.Lessons;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace Anknytning.Web.Tests.Features.Lessons;

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


    [Fact]
    public void Lesson_card_shows_title_and_summary_in_the_lessons_language_and_facts_in_the_readers()
    {
        var card = Render<LessonCard>(p => p.Add(c => c.Lesson, Lesson));

        var title = card.Find(".lesson-card-title");
        Assert.Equal("da", title.GetAttribute("lang"));
        Assert.Equal("/lektion/heling", card.Find(".lesson-card-title a").GetAttribute("href"));
        Assert.Equal("da", card.Find(".lesson-card-summary").GetAttribute("lang"));
        Assert.Contains("7 min läsning", card.Find(".lesson-card-meta").TextContent, StringComparison.Ordinal);
        Assert.Contains("Danska", card.Find(".lesson-card-meta").TextContent, StringComparison.Ordinal);
        Assert.Contains("theme-lakning", card.Find("article").ClassList);
    }

    [Fact]
    public void Lesson_card_speaks_danish_in_the_danish_interface()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("da");
        var card = Render<LessonCard>(p => p.Add(c => c.Lesson, Lesson).Add(c => c.HeadingLevel, 2));

        Assert.Contains("7 min. læsning", card.Find(".lesson-card-meta").TextContent, StringComparison.Ordinal);
        Assert.Equal("H2", card.Find(".lesson-card-title").TagName);
    }

    [Fact]
    public void Table_of_contents_nests_subsections_under_their_section()
    {
        var toc = Render<TableOfContents>(p => p.Add(c => c.Lesson, Lesson));

        Assert.Equal("Innehåll", toc.Find(".toc-title").TextContent);
        Assert.Equal("da", toc.Find("nav > ol").GetAttribute("lang"));
        var top = toc.FindAll("nav > ol > li > a").Select(a => a.GetAttribute("href"));
        Assert.Equal(["#i-relationen", "#i-terapi"], top);
        Assert.Equal("#voksne", toc.Find("nav > ol > li > ol > li > a").GetAttribute("href"));
    }

    [Fact]
    public void Section_heading_carries_its_stable_id_and_a_visible_link()
    {
        var heading = Render<SectionHeading>(p => p.Add(c => c.Section, Lesson.Sections[1]));

        var h3 = heading.Find("h3");
        Assert.Equal("voksne", h3.Id);
        var link = heading.Find("a.section-link");
        Assert.Equal("#voksne", link.GetAttribute("href"));
        Assert.Equal("Länk till avsnittet", link.QuerySelector(".visually-hidden")?.TextContent);
    }

    [Fact]
    public void Section_heading_sits_one_level_deeper_on_a_whole_source_page()
    {
        var heading = Render<SectionHeading>(p => p
            .Add(c => c.Section, Lesson.Sections[0])
            .Add(c => c.LevelOffset, 1)
            .Add(c => c.ElementId, "heling--i-relationen")
            .Add(c => c.Href, "/lektion/heling#i-relationen"));

        Assert.Equal("heling--i-relationen", heading.Find("h3").Id);
        Assert.Equal("/lektion/heling#i-relationen", heading.Find("a.section-link").GetAttribute("href"));
    }

    [Fact]
    public void Theme_badge_links_to_the_theme_in_the_readers_language()
    {
        var theme = new Theme("lakning", 4, "#3f7a3a", new LocalizedText("Läkning", "Heling"), new LocalizedText("…", "…"), ["heling"]);

        var badge = Render<ThemeBadge>(p => p.Add(c => c.Theme, theme).Add(c => c.Language, "da"));

        var link = badge.Find("a.theme-badge");
        Assert.Equal("Heling", link.TextContent);
        Assert.Equal("/tema/lakning", link.GetAttribute("href"));
        Assert.Contains("theme-lakning", link.ClassList);
    }
}
