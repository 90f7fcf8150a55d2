using System.Text.RegularExpressions;
using Anknytning.Web.Features.Lessons;
using Microsoft.Extensions.DependencyInjection;

namespace Anknytning.Web.Tests.Features.Lessons;

/// <summary>Every theme colour is readable in dark mode: as text on the dark surface, and as a fill on its dark track.</summary>
public sealed partial class ThemeColourTests(AppFactory factory) : IClassFixture<AppFactory>
{
    /// <summary>site.css's dark background, surface and line (the progress bar's track).</summary>
    private static readonly string[] DarkGrounds = ["#161719", ThemeStylesheet.DarkSurface];

    private const string DarkTrack = "#36383c";

    [Fact]
    public void Contrast_is_the_WCAG_ratio()
    {
        Assert.Equal(21, ThemeStylesheet.Contrast((0, 0, 0), (255, 255, 255)), 3);
        Assert.Equal(4.54, ThemeStylesheet.Contrast(ThemeStylesheet.Parse("#767676"), (255, 255, 255)), 2);
    }

    [Fact]
    public void Every_theme_has_a_dark_mode_colour_readable_as_text_and_as_a_fill()
    {
        var css = factory.Services.GetRequiredService<ThemeStylesheet>().Css;
        var dark = css[css.IndexOf("@media (prefers-color-scheme: dark)", StringComparison.Ordinal)..];
        var colours = ThemeColour().Matches(dark).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(ThemeColour().Count(css), 2 * colours.Count);
        Assert.All(colours, colour =>
        {
            Assert.All(DarkGrounds, ground =>
                Assert.True(ThemeStylesheet.Contrast(ThemeStylesheet.Parse(colour), ThemeStylesheet.Parse(ground)) >= 4.5, $"{colour} on {ground}"));
            Assert.True(ThemeStylesheet.Contrast(ThemeStylesheet.Parse(colour), ThemeStylesheet.Parse(DarkTrack)) >= 3, $"{colour} on {DarkTrack}");
        });
    }

    [GeneratedRegex("--theme:(#[0-9a-f]{6})")]
    private static partial Regex ThemeColour();
}
