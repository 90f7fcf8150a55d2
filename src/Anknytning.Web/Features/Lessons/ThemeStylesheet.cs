using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Anknytning.Content;

namespace Anknytning.Web.Features.Lessons;

/// <summary>
/// Theme colours live in content, not in site.css. They are served as a small stylesheet built once, so pages
/// need no inline styles (the Content-Security-Policy forbids them).
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

        Css = css.ToString();
        Version = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Css)))[..12];
    }

    public string Css { get; }

    /// <summary>Changes whenever a colour does, so the file can be cached for a year.</summary>
    public string Version { get; }

    public string Href => $"/css/themes.css?v={Version}";
}
