using Anknytning.Web.Features.ReadingLists;

namespace Anknytning.Web.Tests.Features.ReadingLists;

/// <summary>Codes a parent can read aloud and type, drawn from a space too large to guess.</summary>
public sealed class ListCodeTests
{
    [Fact]
    public void Alphabet_has_no_character_that_looks_like_another()
    {
        foreach (var ambiguous in "0Oo1lIi")
        {
            Assert.DoesNotContain(ambiguous, ListCode.Alphabet);
        }

        Assert.Equal(ListCode.Alphabet.Length, ListCode.Alphabet.Distinct().Count());
        Assert.All(ListCode.Alphabet, c => Assert.True(char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c)));
    }

    [Fact]
    public void Code_space_is_in_the_billions()
    {
        Assert.InRange(ListCode.Length, 6, 8);
        Assert.True(Math.Pow(ListCode.Alphabet.Length, ListCode.Length) > 1e10);
    }

    [Fact]
    public void New_codes_use_only_the_alphabet_and_do_not_repeat()
    {
        var codes = Enumerable.Range(0, 20_000).Select(_ => ListCode.New()).ToList();
        Assert.All(codes, c => Assert.Matches($"^[{ListCode.Alphabet}]{{{ListCode.Length}}}$", c));
        Assert.Equal(codes.Count, codes.Distinct().Count());
        // Every character turns up: the source is not stuck on part of the alphabet.
        Assert.Equal(ListCode.Alphabet.Order(), string.Concat(codes).Distinct().Order());
    }

    [Theory]
    [InlineData("K7M2QXA", "K7M2QXA")]
    [InlineData("k7m2qxa", "K7M2QXA")]
    [InlineData(" k7m 2qx-a ", "K7M2QXA")]
    [InlineData("K7M2QX", null)]
    [InlineData("K7M2QXAB", null)]
    [InlineData("K7M2QX0", null)]
    [InlineData("K7M2QXI", null)]
    [InlineData("K7M2QXÅ", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Typed_codes_are_normalized_or_refused(string? typed, string? expected) =>
        Assert.Equal(expected, ListCode.Normalize(typed));
}
