namespace Anknytning.Content.Tests;

public sealed class SvgFigureTests : IDisposable
{
    private const string Drawing = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
        <!-- drawn by us -->
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" aria-labelledby="rubrik">
          <title id="rubrik">Gammal titel</title>
          <style>#pil { fill: #333; }</style>
          <defs><marker id="pil"><path d="M0 0L1 1"/></marker></defs>
          <path d="M0 0L9 9" marker-end="url(#pil)"/>
          <use xlink:href="#pil"/>
          <text>Mamma</text>
        </svg>
        """;

    private readonly ContentFolder content = new();

    public void Dispose() => content.Dispose();

    private string FigureHtml(string body)
    {
        content.With("sv/forsta.md", ContentFolder.Lesson("forsta", "## A {#ett}\n\n" + body));
        return content.Load().FindLesson("forsta")!.Sections[0].Html;
    }

    [Fact]
    public void Figure_is_inlined_with_role_accessible_name_and_caption()
    {
        content.With("figures/figur-1.svg", Drawing);

        var html = FigureHtml("![Barnet i mitten, omgivet av sina närmaste](../figures/figur-1.svg \"Figur 1: Tilknytning & dynamik\"){#figur-1}");

        Assert.StartsWith("<figure class=\"figure\" id=\"figur-1\">\n<svg ", html, StringComparison.Ordinal);
        Assert.Contains("role=\"img\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Barnet i mitten, omgivet av sina närmaste\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("aria-labelledby", html, StringComparison.Ordinal);
        Assert.Contains("<figcaption>Figur 1: Tilknytning &amp; dynamik</figcaption>\n</figure>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<?xml", html, StringComparison.Ordinal);
        Assert.DoesNotContain("DOCTYPE", html, StringComparison.Ordinal);
        Assert.DoesNotContain("drawn by us", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Figure_contributes_its_caption_not_its_drawing_to_the_text()
    {
        content.With("figures/figur-1.svg", Drawing);
        content.With("sv/forsta.md", ContentFolder.Lesson("forsta", "## A {#ett}\n\nFöre.\n\n![Alt](../figures/figur-1.svg \"Figur 1\")\n\nEfter."));

        Assert.Equal("Före. Figur 1 Efter.", content.Load().FindLesson("forsta")!.Sections[0].Text);
    }

    [Fact]
    public void Drawing_ids_are_prefixed_so_two_figures_on_a_page_keep_them_apart()
    {
        content.With("figures/figur-1.svg", Drawing).With("figures/figur-2.svg", Drawing);

        var html = FigureHtml("![Ett](../figures/figur-1.svg)\n\n![Två](../figures/figur-2.svg)");

        Assert.Contains("<marker id=\"figur-1-pil\">", html, StringComparison.Ordinal);
        Assert.Contains("<marker id=\"figur-2-pil\">", html, StringComparison.Ordinal);
        Assert.Contains("marker-end=\"url(#figur-2-pil)\"", html, StringComparison.Ordinal);
        Assert.Contains("xlink:href=\"#figur-2-pil\"", html, StringComparison.Ordinal);
        Assert.Contains("#figur-2-pil { fill: #333; }", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<figcaption>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"pil\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_figure_twice_in_a_lesson_is_a_duplicate_id()
    {
        content.With("figures/figur-1.svg", Drawing);
        content.With("sv/forsta.md", ContentFolder.Lesson("forsta", "## A {#ett}\n\n![Ett](../figures/figur-1.svg)\n\n![Igen](../figures/figur-1.svg)"));

        Assert.Contains(content.Errors(), e => e.StartsWith("content/sv/forsta.md:15: duplicate id (from figures/figur-1.svg) 'figur-1-rubrik'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script> is not allowed in a figure")]
    [InlineData("<SCRIPT>alert(1)</SCRIPT>", "<script> is not allowed in a figure")]
    [InlineData("<rect onload=\"alert(1)\"/>", "event attribute 'onload' is not allowed in a figure")]
    [InlineData("<a href=\"https://example.com\"><text>x</text></a>", "href 'https://example.com' may only point inside the figure (#id)")]
    [InlineData("<image xlink:href=\"http://example.com/a.png\"/>", "href 'http://example.com/a.png' may only point inside the figure (#id)")]
    [InlineData("<a href=\"javascript:alert(1)\"/>", "href 'javascript:alert(1)' may only point inside the figure (#id)")]
    [InlineData("<foreignObject><div>x</div></foreignObject>", "<foreignObject> is not allowed in a figure")]
    [InlineData("<style>@import url(https://example.com/a.css);</style>", "a <style> in a figure may not import or point outside the figure")]
    [InlineData("<rect style=\"fill:url(https://example.com/p.svg#p)\"/>", "'style' may only use url(#id) inside the figure")]
    [InlineData("<set attributeName=\"href\" to=\"javascript:alert(1)\"/>", "animating href is not allowed in a figure")]
    public void Unsafe_drawing_is_refused_naming_file_and_line(string element, string problem)
    {
        content.With("figures/figur-1.svg", $"<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n  {element}\n</svg>\n");

        Assert.Contains($"content/figures/figur-1.svg:2: {problem}", content.Errors());
    }

    [Fact]
    public void Unsafe_drawing_is_refused_even_when_no_lesson_shows_it()
    {
        content.With("figures/oanvand.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onclick=\"x()\"/>");

        Assert.Equal(["content/figures/oanvand.svg:1: event attribute 'onclick' is not allowed in a figure"], content.Errors());
    }

    [Fact]
    public void Malformed_drawing_names_file_and_line()
    {
        content.With("figures/figur-1.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<g>\n</svg>\n");

        Assert.Contains(content.Errors(), e => e.StartsWith("content/figures/figur-1.svg:3: not well-formed SVG", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_figure_file_names_file_and_line()
    {
        content.With("sv/forsta.md", ContentFolder.Lesson("forsta", "## A {#ett}\n\n![Alt](../figures/saknas.svg \"Text\")"));

        Assert.Equal(["content/sv/forsta.md:13: figure '../figures/saknas.svg' not found: there is no figures/saknas.svg"], content.Errors());
    }

    [Theory]
    [InlineData("Text och ![Alt](../figures/figur-1.svg) i samma stycke.")]
    [InlineData("![Alt](https://example.com/bild.png)")]
    [InlineData("![Alt](../figures/figur-1.png)")]
    public void Image_that_is_not_a_figure_names_file_and_line(string body)
    {
        content.With("figures/figur-1.svg", Drawing);
        content.With("sv/forsta.md", ContentFolder.Lesson("forsta", "## A {#ett}\n\n" + body));

        Assert.Contains(content.Errors(), e => e.StartsWith("content/sv/forsta.md:13: an image must be a figure", StringComparison.Ordinal));
    }

    [Fact]
    public void Figure_without_text_alternative_names_file_and_line()
    {
        content.With("figures/figur-1.svg", Drawing);
        content.With("sv/forsta.md", ContentFolder.Lesson("forsta", "## A {#ett}\n\n![](../figures/figur-1.svg \"Text\")"));

        Assert.Contains(content.Errors(), e => e.StartsWith("content/sv/forsta.md:13: figure has no text alternative", StringComparison.Ordinal));
    }
}
