using System.Text.RegularExpressions;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Anknytning.Content.Tests.RealContent;

/// <summary>One entry of <c>content/corrections.yml</c>: words of a source as they stand, and as the lesson has them.</summary>
internal sealed class Correction
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public string Source { get; set; } = "";

    public string Original { get; set; } = "";

    public string Corrected { get; set; } = "";

    public string Why { get; set; } = "";

    /// <summary>The corrections in corrections.yml; none when the file is absent or empty.</summary>
    public static IReadOnlyList<Correction> ReadAll(string contentRoot)
    {
        var path = Path.Combine(contentRoot, "corrections.yml");
        return File.Exists(path) ? Yaml.Deserialize<List<Correction>?>(File.ReadAllText(path)) ?? [] : [];
    }

    /// <summary>
    /// Replaces the original words in a source text. Whitespace in <see cref="Original"/> matches any run of
    /// whitespace, so a correction may span one of the PDF's hard line breaks.
    /// </summary>
    public string ApplyTo(string text, out bool found)
    {
        var pattern = string.Join(@"\s+", Original.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));
        var matcher = new Regex(pattern, RegexOptions.CultureInvariant);
        found = matcher.IsMatch(text);
        return matcher.Replace(text, Corrected.Replace("$", "$$", StringComparison.Ordinal));
    }
}
