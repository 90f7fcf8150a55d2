namespace Anknytning.Web.Tests.Features.Search;

/// <summary>Questions that parents and health visitors type, each with the section that answers it.</summary>
public sealed class RelevanceTests(RealLessons lessons) : IClassFixture<RealLessons>
{
    [Theory]
    // A Swedish question about a Danish text: the glossary knows "spegling" is "spejling".
    [InlineData("vad är spegling", "personlighed#dannelse-af-personlighed")]
    [InlineData("hvordan trøster jeg", "regulering#regulering")]
    [InlineData("oxytocin amning", "anknytning-och-hjarnan#oxytocin-och-dopamin")]
    [InlineData("grænser for børn", "personlighed#graenser")]
    [InlineData("otrygg anknytning orsaker", "barnets-behov-av-narhet#otrygg-anknytning")]
    [InlineData("anknytningens faser", "barnets-behov-av-narhet#fyra-faser")]
    [InlineData("anknytning under graviditeten", "barnets-behov-av-narhet#under-graviditeten")]
    [InlineData("efter förlossningen", "barnets-behov-av-narhet#efter-forlossningen")]
    [InlineData("undvikande och ambivalenta barn", "barnets-behov-av-narhet#anknytningsmonster")]
    [InlineData("känsliga perioder i hjärnan", "anknytning-och-hjarnan#kansliga-perioder")]
    [InlineData("selvfølelse og selvværd", "regulering#selvtillid-selvfolelse-selvvaerd")]
    [InlineData("heling i terapi", "heling-i-parforhold-og-terapi#heling-i-terapi")]
    [InlineData("hvem er de primære omsorgspersoner", "etablering#primaere-omsorgspersoner")]
    [InlineData("hvad vil det sige at være trygt tilknyttet", "tilknytningens-indflydelse#trygt-eller-utrygt")]
    [InlineData("indrestyring og ydrestyring", "tilknytningens-indflydelse#indrestyring-og-ydrestyring")]
    [InlineData("barnets overlevelse", "tilknytningens-formaal#overlevelse")]
    // Typed on a phone without å, ä, ö.
    [InlineData("barnets behov av narhet", "barnets-behov-av-narhet#behov-av-narhet")]
    [InlineData("kan anknytningen repareras senare i livet", "anknytning-och-hjarnan#inledning")]
    public void Question_finds_its_section_among_the_first_three(string question, string expected)
    {
        var firstThree = lessons.Search.Search(question).Hits.Take(3).Select(h => $"{h.Lesson.Id}#{h.Section.Id}").ToList();

        Assert.True(firstThree.Contains(expected), $"\"{question}\" gave {string.Join(", ", firstThree)}; expected {expected}");
    }
}
