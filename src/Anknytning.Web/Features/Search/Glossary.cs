namespace Anknytning.Web.Features.Search;

/// <summary>
/// Words of this field that Swedish and Danish write differently ("spegling" and "spejling"), so that a reader
/// who types one language also finds the other language's text. A stemmer cannot know this; it is vocabulary,
/// not grammar, and it only widens a search: the word as typed always counts for more.
/// </summary>
public static class Glossary
{
    /// <summary>Swedish and Danish words for the same thing, in their dictionary form.</summary>
    public static readonly IReadOnlyList<(string Swedish, string Danish)> Pairs =
    [
        ("anknytning", "tilknytning"),
        ("anknuten", "tilknyttet"),
        ("spegling", "spejling"),
        ("spegla", "spejle"),
        ("spegel", "spejl"),
        ("gräns", "grænse"),
        ("trösta", "trøste"),
        ("tröst", "trøst"),
        ("förälder", "forælder"),
        ("föräldrar", "forældre"),
        ("trygg", "tryg"),
        ("otrygg", "utryg"),
        ("trygghet", "tryghed"),
        ("känsla", "følelse"),
        ("självkänsla", "selvfølelse"),
        ("självförtroende", "selvtillid"),
        ("självvärde", "selvværd"),
        ("hjärna", "hjerne"),
        ("läkning", "heling"),
        ("läka", "hele"),
        ("reglering", "regulering"),
        ("reglera", "regulere"),
        ("lugna", "berolige"),
        ("förlossning", "fødsel"),
        ("närhet", "nærhed"),
        ("personlighet", "personlighed"),
        ("kärlek", "kærlighed"),
        ("gråta", "græde"),
        ("samspel", "samspil"),
        ("sömn", "søvn"),
        ("spädbarn", "spædbarn"),
        ("utveckling", "udvikling"),
        ("överlevnad", "overlevelse"),
        ("orsak", "årsag"),
        ("behov", "behov"),
        ("mamma", "mor"),
        ("pappa", "far"),
    ];

    /// <summary>Question words that the stop word lists leave in but that say nothing about the subject.</summary>
    public static readonly IReadOnlyList<string> QuestionWords =
        ["hvordan", "hvorfor", "hvornår", "hvilken", "hvilket", "hvilke", "hur", "varför", "vilken", "vilket", "vilka"];
}
