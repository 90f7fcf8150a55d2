using Anknytning.Content;
using Anknytning.Web.Features.Search;
using Bunit;

namespace Anknytning.Web.Tests.Features.Search;

public sealed class ComponentTests : ComponentTest
{
    private static readonly Section Section = new("graenser", "Grænser", 2, "<p>Tekst.</p>", []);

    private static readonly Lesson Lesson = new(
        "personlighed", "Dannelse af personlighed og grænser", "da", ["spegling"], "tilknytning", 5, "", [], [Section], 900, "content/da/personlighed.md");

    private static readonly SearchHit Hit = new(Lesson, Section, 1f,
    [
        new SnippetPart("… barnet lærer sine ", false),
        new SnippetPart("grænser", true),
        new SnippetPart(" at kende <b>& ikke</b> …", false),
    ]);

    [Fact]
    public void Result_card_shows_section_lesson_language_link_and_marked_snippet()
    {
        var card = Render<SearchResultCard>(p => p.Add(c => c.Hit, Hit).Add(c => c.Href, "/lektion/personlighed#graenser"));

        Assert.Equal("da", card.Find("article").GetAttribute("lang"));
        Assert.Contains("theme-spegling", card.Find("article").ClassList);
        var link = card.Find(".search-result-title a");
        Assert.Equal("/lektion/personlighed#graenser", link.GetAttribute("href"));
        Assert.Equal("Grænser", link.TextContent);
        Assert.Equal("sv", card.Find(".search-result-lesson").GetAttribute("lang"));
        Assert.Equal("Dannelse af personlighed og grænser", card.Find(".search-result-lesson-title").TextContent);
        Assert.Equal("Danska", card.Find(".search-result-language").TextContent);
        Assert.Equal("grænser", card.Find("mark").TextContent);
    }

    [Fact]
    public void Result_card_escapes_the_snippet_text()
    {
        var card = Render<SearchResultCard>(p => p.Add(c => c.Hit, Hit).Add(c => c.Href, "/lektion/personlighed#graenser"));

        var snippet = card.Find(".search-result-snippet");
        Assert.Equal("… barnet lærer sine grænser at kende <b>& ikke</b> …", snippet.TextContent);
        Assert.Equal(["MARK"], snippet.Children.Select(c => c.TagName));
        Assert.Contains("&lt;b&gt;&amp; ikke&lt;/b&gt;", card.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Result_card_speaks_danish_in_the_danish_interface()
    {
        Speak("da");
        var card = Render<SearchResultCard>(p => p.Add(c => c.Hit, Hit).Add(c => c.Href, "/lektion/personlighed#graenser"));

        Assert.StartsWith("Fra lektionen", card.Find(".search-result-lesson").TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("Dansk", card.Find(".search-result-language").TextContent);
    }
}
