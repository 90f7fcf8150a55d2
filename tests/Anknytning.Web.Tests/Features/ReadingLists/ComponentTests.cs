using Anknytning.Content;
using Anknytning.Web.Features.ReadingLists;
using Bunit;

namespace Anknytning.Web.Tests.Features.ReadingLists;

/// <summary>The list's pieces as they render: a step with its ways in, and the code in large type.</summary>
public sealed class ComponentTests : ComponentTest
{
    private static readonly Section Mirroring = new("spejling", "Spejling", 2, "<p>Tekst</p>", []);

    private static readonly Lesson Danish = new(
        "tilknytningens-formaal", "Tilknytningens formål", "da", ["spejling"], "kilde", 1, "Resumé", [], [Mirroring], 400, "da/x.md");

    [Fact]
    public void Step_links_to_its_own_page_and_straight_to_the_section_in_its_lesson_language()
    {
        var card = Render<ListStepCard>(p => p
            .Add(c => c.Step, new ListStep(2, Danish, Mirroring, "Læs den her først."))
            .Add(c => c.Code, "K7M2QXA"));

        var title = card.Find(".list-step-title");
        Assert.Equal("da", title.GetAttribute("lang"));
        Assert.Equal("/l/K7M2QXA/2", title.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Tilknytningens formål", card.Find(".list-step-lesson").TextContent);
        Assert.Equal("da", card.Find(".list-step-lesson").GetAttribute("lang"));
        Assert.Equal("Læs den her først.", card.Find(".list-step-note").TextContent);
        Assert.Equal("/lektion/tilknytningens-formaal#spejling", card.Find(".list-step-links a").GetAttribute("href"));
        Assert.Contains("Öppna i lektionen", card.Find(".list-step-links a").TextContent, StringComparison.Ordinal);
        Assert.Empty(card.FindAll(".list-step-read"));
        Assert.DoesNotContain("is-read", card.Find("li").ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_step_says_so_in_the_readers_language_and_a_step_without_note_has_none()
    {
        Speak("da");
        var card = Render<ListStepCard>(p => p
            .Add(c => c.Step, new ListStep(1, Danish, Mirroring, null))
            .Add(c => c.Code, "K7M2QXA")
            .Add(c => c.IsRead, true));

        Assert.Contains("is-read", card.Find("li").ClassName, StringComparison.Ordinal);
        Assert.Contains("Læst", card.Find(".list-step-read").TextContent, StringComparison.Ordinal);
        Assert.Empty(card.FindAll(".list-step-note"));
        Assert.Contains("Åbn i lektionen", card.Find(".list-step-links a").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_badge_shows_the_code_and_the_address_to_type()
    {
        var badge = Render<ListCodeBadge>(p => p.Add(c => c.Code, "K7M2QXA").Add(c => c.Address, "https://anknytning.se/l/K7M2QXA"));
        Assert.Equal("K7M2QXA", badge.Find(".list-code-value").TextContent);
        Assert.Equal("https://anknytning.se/l/K7M2QXA", badge.Find(".list-code-address").TextContent);
        Assert.Equal("Listans kod", badge.Find(".list-code-label").TextContent);
    }
}
