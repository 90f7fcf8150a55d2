namespace Anknytning.Content.Tests.RealContent;

public sealed class SourceSentencesTests
{
    [Fact]
    public void Hard_line_breaks_inside_a_sentence_are_joined()
    {
        Assert.Equal(
            ["Den relation, vi som babyer får til vores primære omsorgspersoner, har en afgørende indflydelse.", "Tak fordi du læser med."],
            SourceSentences.Split("Den relation, vi som babyer får til vores primære \nomsorgspersoner, har en afgørende \n\nindflydelse. Tak fordi du læser med. \n"));
    }

    [Fact]
    public void A_heading_line_stands_apart_from_the_text_under_it()
    {
        Assert.Equal(
            ["Overlevelse", "Det lille barn kommer til verden.", "Tilknytningens indflydelse på personlighedsdannelse, selvfølelse og selvværd", "Fordi vi mennesker er biologisk programmeret."],
            SourceSentences.Split("Overlevelse \nDet lille barn kommer til \nverden. \n\nTilknytningens indflydelse på \npersonlighedsdannelse, selvfølelse \nog selvværd \n \nFordi vi mennesker er biologisk programmeret."));
    }

    [Theory]
    [InlineData("I sin forskning så för Dr. Feldman ihop olika förslag.")]
    [InlineData("(bl. a Buckley 2009, s. 222) Dette er illustreret i figur 3.")]
    [InlineData("Det programmerar nästa generation (13, 14).")]
    [InlineData("Feldman, R. (2017). The neurobiology of human attachments.")]
    [InlineData("Senaste uppdateringen: 27 december, 2022")]
    public void Abbreviations_numbers_and_references_do_not_end_a_sentence(string sentence)
    {
        var pieces = SourceSentences.Split(sentence);

        Assert.All(pieces, piece => Assert.Contains(piece, sentence, StringComparison.Ordinal));
        Assert.True(pieces.Count <= 2, string.Join(" | ", pieces));
    }

    [Fact]
    public void Numbered_list_markers_after_a_colon_are_dropped_and_page_numbers_kept()
    {
        Assert.Equal(
            ["Enligt följande mönster:", "Sociala relationer fram till två månader", "Sociala relationer mellan två och sju månader", "Som i figur 2, side 11.", "Tilknytningen sker parallelt."],
            SourceSentences.Split("Enligt följande mönster:\n\n  1. Sociala relationer fram till två månader\n  2. Sociala relationer mellan två och sju månader\n\nSom i figur 2, side \n11. Tilknytningen sker parallelt."));
    }

    [Fact]
    public void Bullets_are_dropped()
    {
        Assert.Equal(
            ["Tilknytning starter allerede i maven.", "Anknytning överförs (13, 14)."],
            SourceSentences.Split("• Tilknytning starter allerede i maven.  \n\n  • Anknytning överförs (13, 14).\n"));
    }

    [Fact]
    public void A_correction_may_span_a_hard_line_break()
    {
        var correction = new Correction { Source = "s", Original = "en vis mænge", Corrected = "en vis mængde" };

        var text = correction.ApplyTo("har vi altså ikke en vis \nmænge tilknytning", out var found);

        Assert.True(found);
        Assert.Equal("har vi altså ikke en vis mængde tilknytning", text);
    }
}
