using System.Text.RegularExpressions;

namespace Anknytning.Content;

/// <summary>The one shape of every address part we write by hand: lesson, section, theme, source and element ids.</summary>
internal static partial class ContentId
{
    public const string Rule = "lowercase letters a-z, digits and single hyphens between them";

    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
