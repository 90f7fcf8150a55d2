using System.Globalization;
using AngleSharp.Html.Parser;
using Anknytning.Web.Features.Journal;

namespace Anknytning.Web.Tests.Features.Journal;

public sealed class ReflectionFormattingTests
{
    [Fact]
    public void Light_formatting_becomes_paragraphs_lists_emphasis_and_line_breaks()
    {
        var html = ReflectionFormatting.ToHtml("Första stycket\nsamma stycke *lugnt* och **starkt**.\n\n- ett\n- två\n\n> citat");

        Assert.Contains("<p>Första stycket<br />\nsamma stycke <em>lugnt</em> och <strong>starkt</strong>.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<ul>", html, StringComparison.Ordinal);
        Assert.Contains("<li>två</li>", html, StringComparison.Ordinal);
        Assert.Contains("<blockquote>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"https://example.com\">x</a>")]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](https://example.com)")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<https://example.com>")]
    [InlineData("[x][r]\n\n[r]: javascript:alert(1)")]
    [InlineData("<div onclick=\"alert(1)\">\nblock\n</div>")]
    [InlineData("&lt;script&gt;alert(1)&lt;/script&gt;")]
    public void Nothing_the_writer_types_becomes_a_tag_or_a_link(string text)
    {
        var html = ReflectionFormatting.ToHtml(text);

        var body = new HtmlParser().ParseDocument($"<body>{html}</body>").Body!;
        Assert.All(body.QuerySelectorAll("*"), e =>
        {
            Assert.Contains(e.LocalName, Formatting);
            Assert.Empty(e.Attributes);
        });
    }

    private static readonly string[] Formatting = ["p", "br", "em", "strong", "ul", "ol", "li", "blockquote", "hr"];

    [Theory]
    [InlineData("# Inte en rubrik", "<p># Inte en rubrik</p>")]
    [InlineData("    indraget stycke", "<p>indraget stycke</p>")]
    public void Hash_signs_and_indents_stay_ordinary_text(string text, string expected) =>
        Assert.Equal(expected, ReflectionFormatting.ToHtml(text).Trim());

    [Fact]
    public void First_words_leave_out_the_formatting_and_mark_where_the_text_goes_on() =>
        Assert.Equal("Hon log **inte** alls …".Replace("**", "", StringComparison.Ordinal), ReflectionFormatting.FirstWords("Hon log **inte**\n\nalls idag, men i morgon", 4));

    [Fact]
    public void Length_counts_characters_as_a_reader_does()
    {
        Assert.Equal(3, ReflectionFormatting.Length("a👶b"));
        Assert.Equal("a\nb", ReflectionFormatting.Normalize(" a\r\nb \r\n"));
    }

    [Fact]
    public void Journal_groups_reflections_by_week_then_by_month_without_dates()
    {
        Reflection At(int id, int month, int day) => new(id, null, "x", new DateTimeOffset(2025, month, day, 10, 0, 0, TimeSpan.Zero), null, null, null, null);
        var newestFirst = new[] { At(4, 3, 20), At(3, 3, 19), At(2, 3, 10), At(1, 2, 1) };
        var sv = new CultureInfo("sv");

        var byWeek = JournalTimeline.Group(newestFirst, new DateOnly(2025, 6, 1), null, "sv", sv);
        var byMonth = JournalTimeline.Group(newestFirst, null, null, "sv", sv);

        Assert.Equal(["vecka 29", "vecka 28", "vecka 22"], byWeek.Select(g => g.Heading));
        Assert.Equal([2, 1, 1], byWeek.Select(g => g.Items.Count));
        Assert.Equal(["Mars 2025", "Februari 2025"], byMonth.Select(g => g.Heading));
        Assert.All(byMonth, g => Assert.False(g.IsTimeline));
    }
}
