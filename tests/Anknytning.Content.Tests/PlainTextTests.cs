namespace Anknytning.Content.Tests;

public sealed class PlainTextTests
{
    [Theory]
    [InlineData("<p>Ett &amp; <em>två</em></p>\n<p>tre&nbsp;fyra</p>\n", "Ett & två tre fyra")]
    [InlineData("<ul><li>a</li><li>b</li></ul>", "a b")]
    [InlineData("<p>ord<em>del</em><strong>ar</strong></p><p>nästa</p>", "orddelar nästa")]
    [InlineData("<p>(<a href=\"#ref-6\">6</a>).</p>", "(6).")]
    [InlineData("<p>&lt;b&gt;fet&lt;/b&gt;</p>", "<b>fet</b>")]
    [InlineData("<figure><svg aria-label=\"a > b\"><text>Mamma</text><svg/></svg><figcaption>Figur 1</figcaption></figure>", "Figur 1")]
    [InlineData("a < b och c<", "a < b och c<")]
    [InlineData("  rad\n\n  rad\t två  ", "rad rad två")]
    [InlineData("", "")]
    public void Html_becomes_the_text_a_reader_sees(string html, string expected) =>
        Assert.Equal(expected, PlainText.FromHtml(html));

    [Theory]
    [InlineData("Ett, två – tre fyra.", 4)]
    [InlineData("", 0)]
    [InlineData("(6) · 20’erne", 2)]
    public void Words_are_runs_holding_a_letter_or_digit(string text, int expected) =>
        Assert.Equal(expected, PlainText.CountWords(text));
}
