using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Da;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;

namespace Anknytning.Web.Features.Search;

/// <summary>
/// Turns Swedish or Danish text into search terms: lower case, stop words out, letters folded, and (for
/// <see cref="SearchWords.Stemmed"/>) compound words split and every word reduced to its Snowball stem.
/// </summary>
/// <remarks>
/// Folding comes before stemming, so that "kaerlighed" typed on a phone and "kærlighed" in the text reach the
/// stemmer as the same letters and always get the same stem. <see cref="ScandinavianFoldingFilter"/> folds
/// å, ä, æ to a and ö, ø to o, and treats the ways people write them without the keys (aa, ae, ao, oe, oo)
/// the same: ASCIIFoldingFilter alone would make æ "ae" but ø "o" and å "a", so "kaerlighed" would match while
/// "selvfoelelse" and "paa" would not. ASCIIFoldingFilter then folds what is left (é in "idé", ü …).
/// Stop words go first, with the language's own list, because folded they would swallow real words
/// (Swedish "är" would take "år" with it).
/// </remarks>
public sealed class SearchAnalyzer(string language, SearchWords words, CharArraySet? compoundParts = null) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>A word must be this long before we look for the words it is made of ("anknytningsmönster").</summary>
    private const int ShortestCompound = 8;

    /// <summary>The shortest part we split off: "barn", "børn", "tryg".</summary>
    private const int ShortestPart = 4;

    public string Language { get; } = language is "da" ? "da" : "sv";

    public SearchWords Words { get; } = words;

    private static readonly CharArraySet SwedishStopWords = WithQuestionWords(SwedishAnalyzer.DefaultStopSet);
    private static readonly CharArraySet DanishStopWords = WithQuestionWords(DanishAnalyzer.DefaultStopSet);

    /// <summary>The language's stop words ("och", "är", "vad" … or "og", "er", "hvad" …) and the question words.</summary>
    public CharArraySet StopWords => Language == "da" ? DanishStopWords : SwedishStopWords;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new StopFilter(Version, stream, StopWords);
        stream = new ScandinavianFoldingFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        if (Words == SearchWords.Stemmed)
        {
            if (compoundParts is not null)
            {
                // The parts come from the lessons' own words, so "anknytningsmönster" also says "anknytning" and
                // "mönster"; the whole word stays first, the parts follow at the same position.
                stream = new DictionaryCompoundWordTokenFilter(
                    Version, stream, compoundParts, ShortestCompound, ShortestPart, DictionaryCompoundWordTokenFilter.DEFAULT_MAX_SUBWORD_SIZE, onlyLongestMatch: false);
            }

            stream = new SnowballFilter(stream, Language == "da" ? new DanishStemmer() : new SwedishStemmer());
        }

        return new TokenStreamComponents(tokenizer, stream);
    }

    private static CharArraySet WithQuestionWords(CharArraySet stopWords)
    {
        var set = new CharArraySet(Version, stopWords, ignoreCase: false);
        foreach (var word in Glossary.QuestionWords)
        {
            set.Add(word);
        }

        return set.AsReadOnly();
    }

    /// <summary>The terms of a text with where each word stands in it; split-off parts are marked as such.</summary>
    public IReadOnlyList<SearchToken> Tokens(string text)
    {
        var tokens = new List<SearchToken>();
        using var stream = GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(new SearchToken(term.ToString(), offset.StartOffset, offset.EndOffset, IsPart: increment.PositionIncrement == 0));
        }

        stream.End();
        return tokens;
    }

    /// <summary>Just the terms, for tests and for building queries.</summary>
    public IReadOnlyList<string> Terms(string text) => [.. Tokens(text).Select(t => t.Term)];
}

/// <summary>One term and the characters of the word it came from.</summary>
public readonly record struct SearchToken(string Term, int Start, int End, bool IsPart);

/// <summary>Whether an analyzer keeps words as written (folded) or reduces them to stems.</summary>
public enum SearchWords
{
    Exact,
    Stemmed,
}
