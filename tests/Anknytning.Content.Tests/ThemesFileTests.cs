namespace Anknytning.Content.Tests;

public sealed class ThemesFileTests : IDisposable
{
    private readonly ContentFolder content = new();

    public void Dispose() => content.Dispose();

    [Fact]
    public void Missing_themes_file_is_a_content_error()
    {
        content.Without("themes.yml");

        Assert.Contains(content.Errors(), e => e.StartsWith("content/themes.yml: file not found", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("color: \"#2f6f6a\"", "color: teal", "content/themes.yml:3: theme 'faser' needs a color")]
    [InlineData("aliases: [stadier]", "aliases: [reglering]", "content/themes.yml:7: theme id or alias 'reglering' is already used by content/themes.yml:4")]
    [InlineData("name: { sv: Faser, da: Faser }", "name: { sv: Faser }", "content/themes.yml:5: theme 'faser' has no name in da")]
    [InlineData("introduction: { sv: Om faserna., da: Om faserne. }", "introduction: { sv: Om faserna., da: \"\" }", "content/themes.yml:6: theme 'faser' has no introduction in da")]
    [InlineData("- id: faser", "- id: Faser", "content/themes.yml:1: theme id 'Faser' must be lowercase letters")]
    [InlineData("order: 1", "order: [1", "content/themes.yml:2: YAML syntax error")]
    [InlineData("order: 1", "ordning: 1", "content/themes.yml:2: unknown field 'ordning'")]
    public void Theme_mistake_names_file_and_line(string original, string replacement, string expected)
    {
        content.With("themes.yml", ContentFolder.Themes.Replace(original, replacement, StringComparison.Ordinal));

        Assert.Contains(content.Errors(), e => e.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Yaml_syntax_error_in_themes_names_its_line()
    {
        content.With("themes.yml", ContentFolder.Themes.Replace("aliases: [stadier]", "aliases: [stadier", StringComparison.Ordinal));

        Assert.Contains(content.Errors(), e => e.StartsWith("content/themes.yml:4: YAML syntax error", StringComparison.Ordinal));
    }
}
