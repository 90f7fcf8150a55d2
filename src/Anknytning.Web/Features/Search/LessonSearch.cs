using System.Text;
using Anknytning.Content;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace Anknytning.Web.Features.Search;

/// <summary>
/// Full-text search over every section of every lesson, in Swedish and Danish. The index is built once, in
/// memory, from the lesson catalogue when the app starts; a search never touches the disk and never rebuilds it.
/// </summary>
/// <remarks>
/// Each section is indexed with the analyzer of its own language, in fields of its own language. A query is
/// read word by word, by both languages' analyzers, because a reader may type Swedish words while looking for
/// the Danish text. What the reader types is never parsed as Lucene syntax: the query is built from the
/// analyzed terms, so quotes, stars, "AND" and "field:" are just characters.
/// </remarks>
public sealed class LessonSearch : IDisposable
{
    /// <summary>Longer queries are refused politely: a few words find a section, a pasted page does not.</summary>
    public const int MaxQueryLength = 200;

    public static readonly IReadOnlyList<string> Languages = ["sv", "da"];

    // A word in a heading counts for more than one in the text, and a word as written for more than its stem.
    private const float TitleExact = 6f;
    private const float TitleStem = 3f;
    private const float TextExact = 2f;
    private const float TextStem = 1f;
    private const float PartOfCompound = 0.3f;
    private const float InOtherLanguage = 0.8f;

    private const int MostWords = 24;
    private const int SnippetLength = 220;
    private const int SnippetLeadIn = 60;

    // BM25: a word said twice counts a little more, not twice as much, and a long section is not buried.
    private static readonly BM25Similarity Ranking = new();

    private readonly Dictionary<string, LanguageAnalyzers> analyzers = [];
    private readonly Dictionary<(string Language, string Stem), Translation> translations = [];
    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly IndexedSection[] sections;
    private readonly int[] sectionOfDocument;

    public LessonSearch(ILessonCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        sections = [.. catalog.Lessons.SelectMany(lesson => lesson.Sections.Select(section =>
            new IndexedSection(lesson, section, section.Text)))];

        foreach (var language in Languages)
        {
            var exact = new SearchAnalyzer(language, SearchWords.Exact);
            var inLanguage = sections.Where(s => s.Lesson.Language == language).ToList();
            var words = new CharArraySet(SearchAnalyzer.Version, 1000, ignoreCase: false);
            foreach (var section in inLanguage)
            {
                foreach (var term in exact.Terms($"{section.Section.Title} {section.Text}"))
                {
                    words.Add(term);
                }
            }

            analyzers[language] = new LanguageAnalyzers(exact, new SearchAnalyzer(language, SearchWords.Stemmed, words));
        }

        foreach (var section in sections)
        {
            section.Words = SnippetWords(section);
        }

        foreach (var (swedish, danish) in Glossary.Pairs)
        {
            AddTranslation("sv", swedish, "da", danish);
            AddTranslation("da", danish, "sv", swedish);
        }

        Index();
        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = Ranking };
        sectionOfDocument = new int[reader.MaxDoc];
        foreach (var leaf in reader.Leaves)
        {
            var numbers = leaf.AtomicReader.GetNumericDocValues("section");
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                sectionOfDocument[leaf.DocBase + doc] = (int)numbers.Get(doc);
            }
        }
    }

    /// <summary>How many sections the index holds.</summary>
    public int SectionCount => sections.Length;

    /// <summary>The analyzer that keeps words as written (folded), for a language.</summary>
    public SearchAnalyzer ExactAnalyzer(string language) => analyzers[language].Exact;

    /// <summary>The analyzer that splits compounds and stems, for a language.</summary>
    public SearchAnalyzer StemmingAnalyzer(string language) => analyzers[language].Stemmed;

    /// <summary>
    /// The sections that match <paramref name="query"/>, best first, optionally only in one language ("sv" or
    /// "da") and one theme. Empty, too long or meaningless queries find nothing; none of them throws.
    /// </summary>
    public SearchResults Search(string? query, string? language = null, string? themeId = null)
    {
        if (string.IsNullOrWhiteSpace(query) || query.Length > MaxQueryLength)
        {
            return SearchResults.None;
        }

        var (lucene, terms) = BuildQuery(query);
        if (lucene is null)
        {
            return SearchResults.None;
        }

        var found = searcher.Search(lucene, sections.Length).ScoreDocs;
        var all = new List<(IndexedSection Section, float Score)>(found.Length);
        foreach (var hit in found)
        {
            all.Add((sections[sectionOfDocument[hit.Doc]], hit.Score));
        }

        bool InLanguage(IndexedSection s) => language is null || s.Lesson.Language == language;
        bool InTheme(IndexedSection s) => themeId is null || s.Lesson.ThemeIds.Contains(themeId);

        var byLanguage = new Dictionary<string, int>(StringComparer.Ordinal);
        var byTheme = new Dictionary<string, int>(StringComparer.Ordinal);
        var hits = new List<SearchHit>();
        foreach (var (section, score) in all)
        {
            if (InTheme(section))
            {
                byLanguage[section.Lesson.Language] = byLanguage.GetValueOrDefault(section.Lesson.Language) + 1;
            }

            if (InLanguage(section))
            {
                foreach (var theme in section.Lesson.ThemeIds)
                {
                    byTheme[theme] = byTheme.GetValueOrDefault(theme) + 1;
                }
            }

            if (InLanguage(section) && InTheme(section))
            {
                hits.Add(new SearchHit(section.Lesson, section.Section, score, Snippet(section, terms[section.Lesson.Language])));
            }
        }

        return new SearchResults(hits, all.Count, byLanguage, byTheme);
    }

    /// <summary>The words of a query as a reader means them: runs of letters and digits; everything else separates.</summary>
    public static IEnumerable<string> Words(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var start = -1;
        for (var i = 0; i <= query.Length; i++)
        {
            var inWord = i < query.Length && char.IsLetterOrDigit(query[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return query[start..i];
                start = -1;
            }
        }
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
        foreach (var (exact, stemmed) in analyzers.Values)
        {
            exact.Dispose();
            stemmed.Dispose();
        }
    }

    private void Index()
    {
        var perField = new Dictionary<string, Analyzer>(StringComparer.Ordinal);
        foreach (var (language, (exact, stemmed)) in analyzers)
        {
            perField[$"title_{language}"] = stemmed;
            perField[$"text_{language}"] = stemmed;
            perField[$"title_exact_{language}"] = exact;
            perField[$"text_exact_{language}"] = exact;
        }

        // The wrapper only routes fields to the analyzers above, which this class disposes itself.
#pragma warning disable CA2000
        var routing = new PerFieldAnalyzerWrapper(analyzers["sv"].Exact, perField);
#pragma warning restore CA2000
        using var writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalyzer.Version, routing) { Similarity = Ranking });
        for (var i = 0; i < sections.Length; i++)
        {
            var (lesson, section) = (sections[i].Lesson, sections[i].Section);
            var language = lesson.Language;
            writer.AddDocument(
            [
                new NumericDocValuesField("section", i),
                new TextField($"title_{language}", section.Title, Field.Store.NO),
                new TextField($"title_exact_{language}", section.Title, Field.Store.NO),
                new TextField($"text_{language}", sections[i].Text, Field.Store.NO),
                new TextField($"text_exact_{language}", sections[i].Text, Field.Store.NO),
            ]);
        }

        writer.Commit();
    }

    private (Query? Query, Dictionary<string, QueryTerms> Terms) BuildQuery(string query)
    {
        var terms = Languages.ToDictionary(l => l, _ => new QueryTerms());
        var all = new BooleanQuery();
        foreach (var word in Words(query).Take(MostWords))
        {
            // A stop word in either language ("vad", "for", "og") says nothing about what the reader looks for.
            var exactTerms = Languages.ToDictionary(l => l, l => analyzers[l].Exact.Terms(word));
            if (exactTerms.Values.Any(t => t.Count == 0))
            {
                continue;
            }

            var best = new DisjunctionMaxQuery(0.1f);
            foreach (var language in Languages)
            {
                foreach (var term in exactTerms[language])
                {
                    best.Add(Term($"title_exact_{language}", term, TitleExact));
                    best.Add(Term($"text_exact_{language}", term, TextExact));
                    terms[language].Exact.Add(term);
                }

                var stems = analyzers[language].Stemmed.Tokens(word);
                foreach (var token in stems)
                {
                    // A part of a compound ("mönster" in "anknytningsmönster") is looked for in the text only:
                    // in a short heading it would outweigh the whole word found in a section's text.
                    if (token.IsPart)
                    {
                        best.Add(Term($"text_{language}", token.Term, TextStem * PartOfCompound));
                    }
                    else
                    {
                        best.Add(Term($"title_{language}", token.Term, TitleStem));
                        best.Add(Term($"text_{language}", token.Term, TextStem));
                    }

                    terms[language].Stems.Add(token.Term);
                }

                // "spegling" typed in Swedish also looks for "spejling" in the Danish text, a little more quietly.
                if (stems.Count > 0 && translations.TryGetValue((language, stems[0].Term), out var translation))
                {
                    var other = translation.Language;
                    foreach (var term in translation.Exact)
                    {
                        best.Add(Term($"title_exact_{other}", term, TitleExact * InOtherLanguage));
                        best.Add(Term($"text_exact_{other}", term, TextExact * InOtherLanguage));
                        terms[other].Exact.Add(term);
                    }

                    foreach (var term in translation.Stems)
                    {
                        best.Add(Term($"title_{other}", term, TitleStem * InOtherLanguage));
                        best.Add(Term($"text_{other}", term, TextStem * InOtherLanguage));
                        terms[other].Stems.Add(term);
                    }
                }
            }

            all.Add(best, Occur.SHOULD);
        }

        return (all.Clauses.Count == 0 ? null : all, terms);
    }

    private void AddTranslation(string language, string word, string otherLanguage, string otherWord)
    {
        var stems = analyzers[language].Stemmed.Tokens(word);
        if (stems.Count > 0)
        {
            translations[(language, stems[0].Term)] = new Translation(
                otherLanguage,
                analyzers[otherLanguage].Exact.Terms(otherWord),
                [.. analyzers[otherLanguage].Stemmed.Tokens(otherWord).Where(t => !t.IsPart).Select(t => t.Term)]);
        }
    }

    private static TermQuery Term(string field, string term, float boost) =>
        new(new Term(field, term)) { Boost = boost };

    // Worked out once at start-up: each word of the section's text with its folded form and its stems.
    private SnippetWord[] SnippetWords(IndexedSection section)
    {
        var (exact, stemmed) = analyzers[section.Lesson.Language];
        var stems = new Dictionary<int, List<string>>();
        foreach (var token in stemmed.Tokens(section.Text))
        {
            if (!stems.TryGetValue(token.Start, out var list))
            {
                stems[token.Start] = list = [];
            }

            list.Add(token.Term);
        }

        return [.. exact.Tokens(section.Text).Select(t =>
            new SnippetWord(t.Start, t.End, t.Term, stems.TryGetValue(t.Start, out var s) ? [.. s] : []))];
    }

    private static List<SnippetPart> Snippet(IndexedSection section, QueryTerms terms)
    {
        var text = section.Text;
        if (text.Length == 0)
        {
            return [];
        }

        var matches = new List<SnippetWord>();
        foreach (var word in section.Words)
        {
            if (terms.Matches(word))
            {
                matches.Add(word);
            }
        }

        // The window that shows the most matched words; the first such one. Both ends only move forward.
        var (start, end) = (0, Math.Min(text.Length, SnippetLength));
        var best = -1;
        var last = 0;
        for (var first = 0; first < matches.Count; first++)
        {
            var from = Math.Max(0, matches[first].Start - SnippetLeadIn);
            var to = Math.Min(text.Length, from + SnippetLength);
            last = Math.Max(last, first);
            while (last < matches.Count && matches[last].End <= to)
            {
                last++;
            }

            if (last - first > best)
            {
                (start, end, best) = (from, to, last - first);
            }
        }

        // Cut between words, never inside one.
        if (start > 0)
        {
            var space = text.IndexOf(' ', start);
            start = space < 0 || space >= end ? start : space + 1;
        }

        if (end < text.Length)
        {
            var space = text.LastIndexOf(' ', end - 1, end - start);
            end = space <= start ? end : space;
        }

        var parts = new List<SnippetPart>();
        var plain = new StringBuilder(start > 0 ? "… " : "");
        var cursor = start;
        foreach (var match in matches.Where(m => m.Start >= start && m.End <= end))
        {
            plain.Append(text, cursor, match.Start - cursor);
            if (plain.Length > 0)
            {
                parts.Add(new SnippetPart(plain.ToString(), false));
                plain.Clear();
            }

            parts.Add(new SnippetPart(text[match.Start..match.End], true));
            cursor = match.End;
        }

        plain.Append(text, cursor, end - cursor);
        if (end < text.Length)
        {
            plain.Append(" …");
        }

        if (plain.Length > 0)
        {
            parts.Add(new SnippetPart(plain.ToString(), false));
        }

        return parts;
    }

    private sealed record Translation(string Language, IReadOnlyList<string> Exact, IReadOnlyList<string> Stems);

    private sealed record LanguageAnalyzers(SearchAnalyzer Exact, SearchAnalyzer Stemmed);

    private sealed class IndexedSection(Lesson lesson, Section section, string text)
    {
        public Lesson Lesson { get; } = lesson;

        public Section Section { get; } = section;

        /// <summary>The section's plain text, worked out once (<see cref="Section.Text"/> parses its HTML on each call).</summary>
        public string Text { get; } = text;

        public SnippetWord[] Words { get; set; } = [];
    }

    private readonly record struct SnippetWord(int Start, int End, string Exact, string[] Stems);

    private sealed class QueryTerms
    {
        public HashSet<string> Exact { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Stems { get; } = new(StringComparer.Ordinal);

        public bool Matches(SnippetWord word)
        {
            if (Exact.Contains(word.Exact))
            {
                return true;
            }

            foreach (var stem in word.Stems)
            {
                if (Stems.Contains(stem))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
