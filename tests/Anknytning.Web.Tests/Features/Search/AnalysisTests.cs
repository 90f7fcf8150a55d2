using Anknytning.Web.Features.Search;

namespace Anknytning.Web.Tests.Features.Search;

/// <summary>How words become terms: inflections from the lessons meet, folded letters meet, stop words vanish.</summary>
public sealed class AnalysisTests(RealLessons lessons) : IClassFixture<RealLessons>
{
    private string Stem(string language, string word) => lessons.Search.StemmingAnalyzer(language).Terms(word)[0];

    private IReadOnlyList<string> Exact(string language, string text) => lessons.Search.ExactAnalyzer(language).Terms(text);

    [Theory]
    [InlineData("anknytningen", "anknytning")]
    [InlineData("anknytningens", "anknytning")]
    [InlineData("anknytningar", "anknytning")]
    [InlineData("föräldrarnas", "föräldrar")]
    [InlineData("barnets", "barnet")]
    [InlineData("närheten", "närhet")]
    [InlineData("relationer", "relation")]
    [InlineData("relationen", "relation")]
    [InlineData("orsakerna", "orsaker")]
    [InlineData("orsaka", "orsaker")]
    [InlineData("viktiga", "viktig")]
    [InlineData("interaktionen", "interaktion")]
    [InlineData("faktorerna", "faktorer")]
    [InlineData("upplevelsen", "upplevelse")]
    [InlineData("rollen", "roll")]
    [InlineData("banden", "band")]
    [InlineData("perioderna", "perioder")]
    [InlineData("systemen", "system")]
    [InlineData("tillgivenheten", "tillgivenhet")]
    [InlineData("vänskaper", "vänskap")]
    [InlineData("mammor", "mamma")]
    [InlineData("synkroniciteten", "synkronicitet")]
    [InlineData("mänskliga", "mänsklig")]
    [InlineData("forskarna", "forskare")]
    public void Swedish_inflections_from_the_lessons_share_a_stem(string inflected, string word) =>
        Assert.Equal(Stem("sv", word), Stem("sv", inflected));

    [Theory]
    [InlineData("spejlingen", "spejling")]
    [InlineData("tilknytningen", "tilknytning")]
    [InlineData("tilknytningens", "tilknytning")]
    [InlineData("tilknytningerne", "tilknytning")]
    [InlineData("relationen", "relation")]
    [InlineData("relationer", "relation")]
    [InlineData("babyen", "baby")]
    [InlineData("omsorgspersonen", "omsorgsperson")]
    [InlineData("omsorgspersoner", "omsorgsperson")]
    [InlineData("forældrene", "forældre")]
    [InlineData("menneskets", "mennesker")]
    [InlineData("oplevelser", "oplevelse")]
    [InlineData("livets", "liv")]
    [InlineData("måden", "måde")]
    [InlineData("vigtigste", "vigtig")]
    [InlineData("overlevelse", "overlever")]
    [InlineData("udviklingen", "udvikling")]
    [InlineData("hormonerne", "hormon")]
    [InlineData("hjernen", "hjerne")]
    [InlineData("modningen", "modning")]
    [InlineData("perioder", "periode")]
    [InlineData("følelser", "følelse")]
    [InlineData("personligheden", "personlighed")]
    [InlineData("forholdet", "forhold")]
    public void Danish_inflections_from_the_lessons_share_a_stem(string inflected, string word) =>
        Assert.Equal(Stem("da", word), Stem("da", inflected));

    [Theory]
    [InlineData("sv", "anknytningsmönster", "anknytning")]
    [InlineData("sv", "anknytningsmönster", "mönster")]
    [InlineData("da", "tilknytningsmønster", "tilknytning")]
    public void A_compound_also_says_the_words_it_is_made_of(string language, string compound, string part)
    {
        var terms = lessons.Search.StemmingAnalyzer(language).Terms(compound);

        Assert.Contains(Stem(language, part), terms);
    }

    [Theory]
    [InlineData("sv", "foraldrar", "föräldrar")]
    [InlineData("sv", "narhet", "närhet")]
    [InlineData("sv", "hjarnan", "hjärnan")]
    [InlineData("sv", "anknytningsmonster", "anknytningsmönster")]
    [InlineData("da", "selvfolelse", "selvfølelse")]
    [InlineData("da", "selvfoelelse", "selvfølelse")]
    [InlineData("da", "kaerlighed", "kærlighed")]
    [InlineData("da", "karlighed", "kærlighed")]
    [InlineData("da", "naerhed", "nærhed")]
    [InlineData("da", "forstaaelse", "forståelse")]
    [InlineData("da", "uundgaaelig", "uundgåelig")]
    [InlineData("da", "idé", "ide")]
    public void Letters_typed_without_å_ä_ö_æ_ø_fold_to_the_same_term(string language, string typed, string written)
    {
        Assert.Equal(Exact(language, written), Exact(language, typed));
        Assert.Equal(Stem(language, written), Stem(language, typed));
    }

    [Theory]
    [InlineData("sv", "och det är vad som")]
    [InlineData("sv", "hur varför")]
    [InlineData("da", "og det er hvad som")]
    [InlineData("da", "hvordan hvorfor jeg")]
    public void Stop_words_and_question_words_give_no_terms(string language, string text) =>
        Assert.Empty(Exact(language, text));

    [Fact]
    public void Stop_words_go_before_folding_so_they_never_take_real_words_with_them()
    {
        Assert.Empty(Exact("sv", "är"));
        Assert.Equal(["ar"], Exact("sv", "år"));
    }

    [Theory]
    [InlineData("foraldrar", "föräldrar")]
    [InlineData("kaerlighed", "kærlighed")]
    [InlineData("selvfolelse", "selvfølelse")]
    [InlineData("spejlingen", "spejling")]
    [InlineData("anknytningsmönster", "anknytning")]
    public void A_search_without_the_letters_or_inflected_finds_what_the_written_word_finds(string typed, string written)
    {
        var expected = lessons.Search.Search(written).Hits.Select(h => h.Section.Id).ToHashSet();
        var found = lessons.Search.Search(typed).Hits.Select(h => h.Section.Id).ToList();

        Assert.NotEmpty(found);
        Assert.Contains(found, expected.Contains);
    }

    [Theory]
    [InlineData("och det är")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! ??? ...")]
    public void A_search_with_no_meaningful_word_finds_nothing(string query) =>
        Assert.Empty(lessons.Search.Search(query).Hits);

    [Fact]
    public void Words_are_runs_of_letters_and_digits_whatever_surrounds_them() =>
        Assert.Equal(["title", "spejling", "1", "TO", "5", "AND", "barn"], LessonSearch.Words("title:spejling~ [1 TO 5] AND \"barn*\""));
}
