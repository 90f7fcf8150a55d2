namespace Anknytning.Content.Tests;

public sealed class LessonCatalogTests : IDisposable
{
    private readonly ContentFolder content = new();

    public void Dispose() => content.Dispose();

    [Fact]
    public void Loads_themes_sources_and_lessons_from_the_content_folder()
    {
        var catalog = content.Load();

        Assert.Equal(["faser", "reglering"], catalog.Themes.Select(t => t.Id));
        Assert.Equal(["narhet", "tilknytning"], catalog.Sources.Select(s => s.Id));
        var lesson = catalog.FindLesson("forsta")!;
        Assert.Equal("Lektion forsta", lesson.Title);
        Assert.Equal("sv", lesson.Language);
        Assert.Equal(["faser"], lesson.ThemeIds);
        Assert.Equal("narhet", lesson.SourceId);
        Assert.Equal("En mening om forsta.", lesson.Summary);
        Assert.Equal(Path.Combine(content.Root, "sv", "forsta.md"), lesson.FilePath);
        Assert.Equal("Reglering", catalog.FindTheme("reglering")!.Name.Sv);
        Assert.Equal("Om regulering.", catalog.FindTheme("reglering")!.Introduction.Da);
        Assert.Equal("#6a2f6f", catalog.FindTheme("reglering")!.Color);
        Assert.Null(catalog.FindSource("narhet")!.Author);
    }

    [Fact]
    public void Lessons_are_ordered_by_source_then_order()
    {
        content.With("da/aaa.md", ContentFolder.Lesson("aaa", "## A {#ett}\n\nText.", language: "da", source: "tilknytning", order: 2, themes: "[faser]"))
            .With("sv/forsta.md", ContentFolder.Lesson("forsta", "## F {#fa}\n\nText.", order: 3));

        var catalog = content.Load();

        Assert.Equal(["andra", "forsta", "heling", "aaa"], catalog.Lessons.Select(l => l.Id));
    }

    [Fact]
    public void Themes_are_ordered_by_their_order_field()
    {
        content.With("themes.yml", ContentFolder.Themes.Replace("order: 1", "order: 3", StringComparison.Ordinal));

        Assert.Equal(["reglering", "faser"], content.Load().Themes.Select(t => t.Id));
    }

    [Fact]
    public void Themes_sources_and_lessons_are_found_by_alias()
    {
        content.With("sv/forsta.md", ContentFolder.Lesson("forsta", "## F {#fa}\n\nText.", extra: "aliases: [forsta-lektionen]\n"));

        var catalog = content.Load();

        Assert.Equal("faser", catalog.FindTheme("stadier")!.Id);
        Assert.Equal("reglering", catalog.FindTheme("REGULERING")!.Id);
        Assert.Equal("narhet", catalog.FindSource("naerhet")!.Id);
        Assert.Equal("forsta", catalog.FindLesson("forsta-lektionen")!.Id);
        Assert.Null(catalog.FindLesson("okand"));
        Assert.Null(catalog.FindTheme("okand"));
        Assert.Null(catalog.FindSource("okand"));
    }

    [Fact]
    public void A_lesson_may_name_its_theme_and_source_by_alias()
    {
        content.With("sv/forsta.md", ContentFolder.Lesson("forsta", "## F {#fa}\n\nText.", source: "naerhet", themes: "[stadier, faser]"));

        var lesson = content.Load().FindLesson("forsta")!;

        Assert.Equal(["faser"], lesson.ThemeIds);
        Assert.Equal("narhet", lesson.SourceId);
    }

    [Fact]
    public void Lessons_in_theme_and_source_are_listed_in_catalogue_order()
    {
        var catalog = content.Load();

        Assert.Equal(["forsta", "andra"], catalog.LessonsInTheme("stadier").Select(l => l.Id));
        Assert.Equal(["heling"], catalog.LessonsInTheme("reglering").Select(l => l.Id));
        Assert.Equal(["forsta", "andra"], catalog.LessonsInSource("naerhet").Select(l => l.Id));
        Assert.Empty(catalog.LessonsInTheme("okand"));
        Assert.Empty(catalog.LessonsInSource("okand"));
    }

    [Fact]
    public void Previous_and_next_stay_within_the_source()
    {
        var catalog = content.Load();
        var forsta = catalog.FindLesson("forsta")!;
        var andra = catalog.FindLesson("andra")!;
        var heling = catalog.FindLesson("heling")!;

        Assert.Null(catalog.LessonBefore(forsta));
        Assert.Same(andra, catalog.LessonAfter(forsta));
        Assert.Same(forsta, catalog.LessonBefore(andra));
        Assert.Null(catalog.LessonAfter(andra));
        Assert.Null(catalog.LessonBefore(heling));
        Assert.Null(catalog.LessonAfter(heling));
    }

    [Fact]
    public void Words_count_titles_and_text()
    {
        content.With("sv/forsta.md", ContentFolder.Lesson("forsta", "## Två ord {#fa}\n\nEtt, två – *tre* fyra.\n\n- fem\n- sex"));

        var lesson = content.Load().FindLesson("forsta")!;

        Assert.Equal(8, lesson.Words);
        Assert.Equal(1, lesson.ReadingMinutes);
    }

    [Fact]
    public void External_links_are_allowed_and_listed()
    {
        content.With("sv/forsta.md", ContentFolder.Lesson("forsta", "## F {#fa}\n\nSe [1177](https://www.1177.se/barn) och <mailto:info@example.se>."));

        var links = content.Load().ExternalLinks;

        Assert.Equal(
            [new ExternalLink("forsta", "https://www.1177.se/barn", "content/sv/forsta.md", 13), new ExternalLink("forsta", "mailto:info@example.se", "content/sv/forsta.md", 13)],
            links);
    }

    [Fact]
    public void Catalogue_loads_from_a_content_root_given_with_a_trailing_separator()
    {
        Assert.Equal(3, LessonCatalog.Load(content.Root + Path.DirectorySeparatorChar).Lessons.Count);
    }

    [Fact]
    public void Missing_content_folder_is_a_content_error()
    {
        var error = Assert.Throws<ContentException>(() => LessonCatalog.Load(Path.Combine(content.Root, "nowhere")));

        Assert.Equal($"{Path.Combine(content.Root, "nowhere")}: content folder not found", error.Message);
    }
}
