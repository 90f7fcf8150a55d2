namespace Anknytning.Content.Tests;

/// <summary>
/// A small, valid content folder in a temp directory, one per test, that a test changes to provoke one mistake.
/// It is named "content" so messages read "content/sv/forsta.md:12: …" as they do for the real one.
/// </summary>
internal sealed class ContentFolder : IDisposable
{
    public const string Themes = """
        - id: faser
          order: 1
          color: "#2f6f6a"
          aliases: [stadier]
          name: { sv: Faser, da: Faser }
          introduction: { sv: Om faserna., da: Om faserne. }
        - id: reglering
          order: 2
          color: "#6a2f6f"
          aliases: [regulering]
          name: { sv: Reglering, da: Regulering }
          introduction: { sv: Om reglering., da: Om regulering. }
        """;

    public const string Sources = """
        - id: narhet
          language: sv
          file: sources/narhet.txt
          title: Barnets behov av närhet
          author: null
          date: null
          aliases: [naerhet]
          description: En kort text.
          disclaimer: Allmän kunskap.
        - id: tilknytning
          language: da
          file: sources/tilknytning.txt
          title: Tilknytning
          author: null
          date: null
          description: En kort bog.
          disclaimer: Generel viden.
        """;

    private readonly string folder = Path.Combine(Path.GetTempPath(), "anknytning-content-tests", Guid.NewGuid().ToString("N"));

    public ContentFolder()
    {
        Root = Path.Combine(folder, "content");
        With("themes.yml", Themes);
        With("sources.yml", Sources);
        With("sources/narhet.txt", "Barnet har ett medfött behov.");
        With("sources/tilknytning.txt", "Vi mennesker er fødte sociale flokdyr.");
        With("sv/forsta.md", Lesson("forsta", "## Första {#forsta-delen}\n\nBarnet har ett medfött behov.", order: 1));
        With("sv/andra.md", Lesson("andra", "## Andra {#andra-delen}\n\nMer text här.", order: 2));
        With("da/heling.md", Lesson("heling", "## Heling {#heling}\n\nVi mennesker er fødte sociale flokdyr.", language: "da", source: "tilknytning", themes: "[reglering]"));
    }

    public string Root { get; }

    /// <summary>
    /// A lesson file. Its front matter takes lines 1–9 (plus one per line of <paramref name="extra"/>), a blank
    /// line follows, so without extra the body's first line is line 11 of the file.
    /// </summary>
    public static string Lesson(
        string id,
        string body,
        string language = "sv",
        string source = "narhet",
        int order = 1,
        string themes = "[faser]",
        string extra = "") =>
        $"""
        ---
        id: {id}
        title: Lektion {id}
        language: {language}
        themes: {themes}
        source: {source}
        order: {order}
        summary: En mening om {id}.
        {extra}---

        {body}

        """;

    public ContentFolder With(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return this;
    }

    public ContentFolder Without(string relativePath)
    {
        File.Delete(Path.Combine(Root, relativePath));
        return this;
    }

    public LessonCatalog Load() => LessonCatalog.Load(Root);

    /// <summary>The errors of a load that must fail, one message per line.</summary>
    public string[] Errors() =>
        Assert.Throws<ContentException>(() => Load()).Message.Split('\n');

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
