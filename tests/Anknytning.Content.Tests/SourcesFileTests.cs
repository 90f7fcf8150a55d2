namespace Anknytning.Content.Tests;

public sealed class SourcesFileTests : IDisposable
{
    private readonly ContentFolder content = new();

    public void Dispose() => content.Dispose();

    [Fact]
    public void Sources_keep_their_order_and_attribution()
    {
        var sources = content.Load().Sources;

        Assert.Equal(["narhet", "tilknytning"], sources.Select(s => s.Id));
        Assert.Equal("Barnets behov av närhet", sources[0].Title);
        Assert.Equal("sources/narhet.txt", sources[0].File);
        Assert.Equal("Allmän kunskap.", sources[0].Disclaimer);
        Assert.Equal(["naerhet"], sources[0].Aliases);
    }

    [Theory]
    [InlineData("file: sources/narhet.txt", "file: sources/saknas.txt", "content/sources.yml:3: source file 'sources/saknas.txt' not found")]
    [InlineData("language: sv", "language: en", "content/sources.yml:2: source 'narhet' needs language sv or da")]
    [InlineData("disclaimer: Allmän kunskap.", "disclaimer: \"\"", "content/sources.yml:9: source 'narhet' has no disclaimer")]
    [InlineData("aliases: [naerhet]", "aliases: [tilknytning]", "content/sources.yml:10: source id or alias 'tilknytning' is already used by content/sources.yml:7")]
    public void Source_mistake_names_file_and_line(string original, string replacement, string expected)
    {
        content.With("sources.yml", ContentFolder.Sources.Replace(original, replacement, StringComparison.Ordinal));

        Assert.Contains(content.Errors(), e => e.StartsWith(expected, StringComparison.Ordinal));
    }
}
