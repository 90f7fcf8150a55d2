using System.Globalization;
using Anknytning.Content;
using Anknytning.Web.Features.Journal;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace Anknytning.Web.Tests.Features.Journal;

public sealed class ComponentTests : ComponentTest
{
    private static readonly Section Section = new("fyra-faser", "Anknytningens fyra faser", 2, "<p>Text.</p>", []);

    private static readonly Lesson Lesson = new(
        "barnets-behov-av-narhet", "Barnets behov av närhet", "sv", ["faser"], "narhet", 1, "Om närhet.", [], [Section], 900, "content/sv/x.md");


    [Fact]
    public void Card_shows_title_day_place_on_the_timeline_excerpt_and_the_section_it_answers()
    {
        var card = RenderCard(new Reflection(7, "Första leendet", "Hon log mot mig **idag**.", Noon(2025, 3, 12), null, Lesson, Section, null), "3 mån");

        Assert.Equal("/dagbok/7", card.Find(".journal-entry-title a").GetAttribute("href"));
        Assert.Equal("Första leendet", card.Find(".journal-entry-title a").TextContent);
        Assert.Equal("2025-03-12", card.Find("time").GetAttribute("datetime"));
        Assert.Equal("12 mars 2025", card.Find("time").TextContent);
        Assert.Equal("3 mån", card.Find(".timeline-label").TextContent);
        Assert.Equal("Hon log mot mig idag.", card.Find(".journal-entry-excerpt").TextContent);
        var context = card.Find(".journal-entry-context a");
        Assert.Equal("/lektion/barnets-behov-av-narhet#fyra-faser", context.GetAttribute("href"));
        Assert.Equal("Anknytningens fyra faser", context.TextContent);
        Assert.Equal("sv", context.GetAttribute("lang"));
    }

    [Fact]
    public void Card_without_title_or_dates_shows_the_first_words_and_no_label()
    {
        var card = RenderCard(new Reflection(8, null, "Kort rad.", Noon(2025, 1, 2), null, null, null, null), null);

        Assert.Equal("Kort rad.", card.Find(".journal-entry-title a").TextContent);
        Assert.Empty(card.FindAll(".timeline-label, .journal-entry-excerpt, .journal-entry-context"));
    }

    [Fact]
    public void Card_shows_markup_in_title_and_text_as_plain_words()
    {
        var card = RenderCard(new Reflection(9, "<b onclick=\"x()\">fet</b>", "<script>alert(1)</script> [x](javascript:alert(1))", Noon(2025, 1, 2), null, null, null, null), null);

        Assert.Empty(card.FindAll("b, script, a[href^='javascript']"));
        Assert.Equal("<b onclick=\"x()\">fet</b>", card.Find(".journal-entry-title a").TextContent);
    }

    [Fact]
    public void Card_date_is_the_day_in_swedish_and_danish_time()
    {
        // 23:30 UTC on 31 December is already New Year's Day in Stockholm and Copenhagen.
        var reflection = new Reflection(10, "Nyår", "Text", new DateTimeOffset(2024, 12, 31, 23, 30, 0, TimeSpan.Zero), null, null, null, null);

        var card = RenderCard(reflection, null);

        Assert.Equal("2025-01-01", card.Find("time").GetAttribute("datetime"));
    }

    [Fact]
    public void Timeline_group_has_a_heading_and_its_reflections_in_order()
    {
        var items = new[]
        {
            new JournalItem(new Reflection(2, "Senare", "b", Noon(2025, 3, 2), null, null, null, null), new DateOnly(2025, 3, 2), "vecka 28"),
            new JournalItem(new Reflection(1, "Tidigare", "a", Noon(2025, 3, 1), null, null, null, null), new DateOnly(2025, 3, 1), "vecka 28"),
        };

        var group = Render<TimelineGroup>(p => p.Add(c => c.Group, new JournalGroup("vecka 28", true, items)));

        var section = group.Find("section.journal-group.is-timeline");
        Assert.Equal("vecka 28", section.QuerySelector("h2")?.TextContent);
        Assert.Equal(section.GetAttribute("aria-labelledby"), section.QuerySelector("h2")?.Id);
        Assert.Equal(["Senare", "Tidigare"], group.FindAll("ol.journal-entries > li .journal-entry-title").Select(t => t.TextContent));
    }

    [Fact]
    public void Timeline_label_is_left_out_without_a_place_on_the_timeline()
    {
        Assert.Empty(Render<TimelineLabel>(p => p.Add(c => c.Label, null)).Markup.Trim());
        Assert.Equal("uge 28", Render<TimelineLabel>(p => p.Add(c => c.Label, "uge 28")).Find(".timeline-label").TextContent);
    }

    [Fact]
    public void Abbreviated_timeline_label_is_read_out_in_full()
    {
        var label = Render<TimelineLabel>(p => p.Add(c => c.Label, "1 mån").Add(c => c.Spoken, "1 månad")).Find(".timeline-label");

        Assert.Equal("1 mån", label.QuerySelector("abbr[aria-hidden=true][title='1 månad']")?.TextContent);
        Assert.Equal("1 månad", label.QuerySelector(".visually-hidden")?.TextContent);
    }

    private IRenderedComponent<JournalEntryCard> RenderCard(Reflection reflection, string? label) =>
        Render<JournalEntryCard>(p => p.Add(c => c.Item, new JournalItem(reflection, Web.Site.ReadingDates.Date(reflection.WrittenAt), label)));

    private static DateTimeOffset Noon(int year, int month, int day) => new(year, month, day, 11, 0, 0, TimeSpan.Zero);
}
