using Anknytning.Content;

namespace Anknytning.Web.Features.Search;

/// <summary>What a search found: the sections that pass the filters, best first, and how many each filter would give.</summary>
public sealed record SearchResults(
    IReadOnlyList<SearchHit> Hits,
    int TotalWithoutFilters,
    IReadOnlyDictionary<string, int> ByLanguage,
    IReadOnlyDictionary<string, int> ByTheme)
{
    /// <summary>Nothing searched, or nothing found.</summary>
    public static SearchResults None { get; } = new([], 0, new Dictionary<string, int>(), new Dictionary<string, int>());

    public int Count => Hits.Count;

    /// <summary>How many hits the language filter would give with the current theme filter; 0 when none.</summary>
    public int InLanguage(string language) => ByLanguage.GetValueOrDefault(language);

    /// <summary>How many hits the theme filter would give with the current language filter; 0 when none.</summary>
    public int InTheme(string themeId) => ByTheme.GetValueOrDefault(themeId);
}

/// <summary>One section that matched, with a few lines of its text around the words that matched.</summary>
public sealed record SearchHit(Lesson Lesson, Section Section, float Score, IReadOnlyList<SnippetPart> Snippet);

/// <summary>A piece of a snippet: plain text, or a word that matched the search (shown in &lt;mark&gt;).</summary>
public sealed record SnippetPart(string Text, bool IsMatch);
