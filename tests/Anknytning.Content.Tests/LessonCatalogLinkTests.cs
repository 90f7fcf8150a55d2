namespace Anknytning.Content.Tests;

public sealed class LessonCatalogLinkTests : IDisposable
{
    private readonly ContentFolder content = new();

    public LessonCatalogLinkTests() =>
        content.With("sv/andra.md", ContentFolder.Lesson("andra", "## Andra {#andra-delen}\n\n- Källa {#ref-6}", order: 2, extra: "aliases: [andra-gammal]\n"));

    public void Dispose() => content.Dispose();

    [Theory]
    [InlineData("#ett")]
    [InlineData("#stycke")]
    [InlineData("/lektion/andra")]
    [InlineData("/lektion/andra-gammal")]
    [InlineData("/lektion/andra#andra-delen")]
    [InlineData("/lektion/andra#ref-6")]
    [InlineData("/lektion/heling#heling")]
    [InlineData("/tema/faser")]
    [InlineData("/tema/stadier")]
    [InlineData("/original/narhet")]
    [InlineData("/original/naerhet")]
    [InlineData("https://www.1177.se/")]
    public void In_site_link_that_resolves_is_accepted(string url)
    {
        content.With("sv/forsta.md", ContentFolder.Lesson("forsta", $"## A {{#ett}}\n\nSe [här]({url}). {{#stycke}}"));

        Assert.NotNull(content.Load().FindLesson("forsta"));
    }

    [Theory]
    [InlineData("#ingen", "this lesson has no element with id 'ingen'")]
    [InlineData("#", "this lesson has no element with id ''")]
    [InlineData("/lektion/ingen", "no lesson has the id or alias 'ingen'")]
    [InlineData("/lektion/andra#ingen", "lesson 'andra' has no element with id 'ingen'")]
    [InlineData("/lektion/andra#stycke", "lesson 'andra' has no element with id 'stycke'")]
    [InlineData("/tema/ingen", "no theme has the id or alias 'ingen'")]
    [InlineData("/tema/faser#x", "theme and source pages have no sections to link to")]
    [InlineData("/original/ingen", "no source has the id or alias 'ingen'")]
    [InlineData("/lektioner", "links inside the site are /lektion/{id}")]
    [InlineData("andra.md", "links inside the site are /lektion/{id}")]
    [InlineData("javascript:alert(1)", "links inside the site are /lektion/{id}")]
    public void In_site_link_that_does_not_resolve_names_file_and_line(string url, string problem)
    {
        content.With("sv/forsta.md", ContentFolder.Lesson("forsta", $"## A {{#ett}}\n\nSe [här]({url}). {{#stycke}}"));

        Assert.Contains($"content/sv/forsta.md:13: link '{url}' does not resolve: {problem}", Assert.Single(content.Errors()), StringComparison.Ordinal);
    }
}
