using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Anknytning.Content;

namespace Anknytning.Web.Features.Lessons;

/// <summary>
/// Theme colours live in content, not in site.css. They are served as a small stylesheet built once, so pages
/// need no inline styles (the Content-Security-Policy forbids them). Each colour gets a lighter dark-mode variant:
/// the content's colours are chosen for the light background, and on the dark one a ✓ or a progress fill would
/// almost vanish.
/// </summary>
public sealed class ThemeStylesheet
{
    public ThemeStylesheet(ILessonCatalog catalog)
    {
        var css = new StringBuilder();
        foreach (var theme in catalog.Themes)
        {
            css.Append(CultureInfo.InvariantCulture, $".theme-{theme.Id}{{--theme:{theme.Color}}}\n");
        }

        css.Append("@media (prefers-color-scheme: dark){\n");
        foreach (var theme in catalog.Themes)
        {
            css.Append(CultureInfo.InvariantCulture, $".theme-{theme.Id}{{--theme:{ForDarkMode(theme.Color)}}}\n");
        }

        css.Append("}\n");

        Css = css.ToString();
        Version = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Css)))[..12];
    }

    public string Css { get; }

    /// <summary>Changes whenever a colour does, so the file can be cached for a year.</summary>
    public string Version { get; }

    public string Href => $"/css/themes.css?v={Version}";

    /// <summary>The dark mode's surface (--surface in site.css), the lightest background a theme colour sits on.</summary>
    public const string DarkSurface = "#1f2023";

    /// <summary>
    /// The colour mixed with white, a step at a time, until it reads as text on the dark surface (4.5:1). That also
    /// keeps a progress fill at 3:1 against its dark track (--line).
    /// </summary>
    public static string ForDarkMode(string color)
    {
        var (r, g, b) = Parse(color);
        for (var white = 0.0; white < 1.0; white += 0.02)
        {
            var mixed = (Mix(r, white), Mix(g, white), Mix(b, white));
            if (Contrast(mixed, Parse(DarkSurface)) >= 4.5)
            {
                return $"#{mixed.Item1:x2}{mixed.Item2:x2}{mixed.Item3:x2}";
            }
        }

        return "#ffffff";
    }

    /// <summary>The WCAG contrast ratio of two colours.</summary>
    public static double Contrast((int R, int G, int B) one, (int R, int G, int B) other)
    {
        var (a, b) = (Luminance(one), Luminance(other));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    public static (int R, int G, int B) Parse(string color) => (
        int.Parse(color.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        int.Parse(color.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        int.Parse(color.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));

    private static int Mix(int channel, double white) => (int)Math.Round(channel + ((255 - channel) * white));

    private static double Luminance((int R, int G, int B) c) =>
        (0.2126 * Linear(c.R)) + (0.7152 * Linear(c.G)) + (0.0722 * Linear(c.B));

    private static double Linear(int channel)
    {
        var v = channel / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
    }
}
