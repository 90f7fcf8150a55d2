namespace Anknytning.Content.Tests;

// Lessons written with ContentFolder.Lesson have nine lines of front matter and a blank line, so the body
// starts on line 11 of the file; expected line numbers below count from there.
public sealed class LessonFileTests : IDisposable
{
    private readonly ContentFolder content = new();

    public void Dispose() => content.Dispose();

    [Fact]
    public void Sections_hold_title_level_id_and_html_without_their_heading()
    {
        content.With("sv/forsta.md", ContentFolder.Lesson("forsta", """
            ## Första *delen* {#forsta-delen}

            Text ett.

            ### Under {#under}

            Text två.

            ## Andra {#andra}

            Text tre.
            """));

        var sections = content.Load().FindLesson("forsta")!.Sections;

        Assert.Equal(["forsta-delen", "under", "andra"], sections.Select(s => s.Id));
        Assert.Equal([2, 3, 2], sections.Select(s => s.Level));
        Assert.Equal(["Första delen", "Under", "Andra"], sections.Select(s => s.Title));
        Assert.Equal("<p>Text ett.</p>\n", sections[0].Html);
        Assert.Equal("Text två.", sections[1].Text);
    }

    [Fact]
    public void Raw_html_is_rendered_as_text()
    {
        content.With("sv/forsta.md", ContentFolder.Lesson("forsta", """
            ## A {#ett}

            Text <script>alert(1)</script> och <b>fet</b>.

            <div onclick="x()">block</div>
            """));

        var html = content.Load().FindLesson("forsta")!.Sections[0].Html;

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;fet&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;div onclick=&quot;x()&quot;&gt;block&lt;/div&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<div", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Generic_attribute_ids_reach_list_items_and_paragraphs()
    {
        content.With("sv/forsta.md", ContentFolder.Lesson("forsta", """
            ## Källor {#kallor}

            Ett påstående ([6](#ref-6)). {#pastaende}

            - Feldman, R. (2017). The neurobiology of human attachments. {#ref-6}
            - Rilling, J. K. (2014). {#ref-7}

            1. Lös lista.

            2. Lös lista två. {#ref-8}
            """));

        var html = content.Load().FindLesson("forsta")!.Sections[0].Html;

        Assert.Contains("<p id=\"pastaende\">Ett påstående (<a href=\"#ref-6\">6</a>).", html, StringComparison.Ordinal);
        Assert.Contains("<li id=\"ref-6\">Feldman, R. (2017). The neurobiology of human attachments.", html, StringComparison.Ordinal);
        Assert.Contains("<li id=\"ref-7\">", html, StringComparison.Ordinal);
        Assert.Contains("<p id=\"ref-8\">Lös lista två.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Section_aliases_map_former_ids_to_the_current_section()
    {
        content.With("sv/forsta.md", ContentFolder.Lesson(
            "forsta",
            "## A {#nytt}\n\nText.\n\n## B {#annat}\n\nText.",
            extra: "section_aliases:\n  gammalt: nytt\n  aldre: nytt\n"));

        var lesson = content.Load().FindLesson("forsta")!;

        Assert.Equal(["gammalt", "aldre"], lesson.Sections[0].Aliases);
        Assert.Empty(lesson.Sections[1].Aliases);
        Assert.Equal("nytt", lesson.FindSection("aldre")!.Id);
    }

    [Fact]
    public void Missing_front_matter_names_file_and_line()
    {
        content.With("sv/forsta.md", "## A {#ett}\n\nText.\n");

        Assert.Contains(content.Errors(), e => e.StartsWith("content/sv/forsta.md:1: no front matter", StringComparison.Ordinal));
    }

    [Fact]
    public void Yaml_syntax_error_names_file_and_line()
    {
        content.With("sv/forsta.md", "---\nid: forsta\ntitle: [Lektion\nlanguage: sv\n---\n\n## A {#ett}\n");

        var error = Assert.Single(content.Errors());

        Assert.StartsWith("content/sv/forsta.md:3: YAML syntax error:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Yaml_indentation_error_names_file_and_line()
    {
        content.With("sv/forsta.md", "---\nid: forsta\ntitle: Lektion\n  language: sv\n---\n\n## A {#ett}\n");

        var error = Assert.Single(content.Errors());

        Assert.StartsWith("content/sv/forsta.md:4: YAML syntax error:", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id", "content/sv/forsta.md:2: front matter has no id")]
    [InlineData("title", "content/sv/forsta.md:2: front matter has no title")]
    [InlineData("language", "content/sv/forsta.md:2: front matter has no language")]
    [InlineData("themes", "content/sv/forsta.md:2: themes must list at least one theme")]
    [InlineData("source", "content/sv/forsta.md:2: front matter has no source")]
    [InlineData("order", "content/sv/forsta.md:2: front matter has no order")]
    [InlineData("summary", "content/sv/forsta.md:2: front matter has no summary")]
    public void Missing_front_matter_field_names_file_and_line(string field, string expected)
    {
        var lesson = ContentFolder.Lesson("forsta", "## A {#ett}\n\nText.");
        var withoutField = string.Join('\n', lesson.Split('\n').Where(l => !l.StartsWith(field + ":", StringComparison.Ordinal)));
        if (field == "id")
        {
            // The first key now stands on line 2 either way; keep the line count by adding a harmless alias list.
            withoutField = withoutField.Replace("---\ntitle", "---\naliases: []\ntitle", StringComparison.Ordinal);
        }

        content.With("sv/forsta.md", withoutField);

        Assert.Contains(content.Errors(), e => e.StartsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("id: forsta", "id: Forsta", "content/sv/forsta.md:2: lesson id 'Forsta' must be lowercase letters")]
    [InlineData("id: forsta", "id: annan", "content/sv/forsta.md:2: lesson id 'annan' must match the file name (annan.md)")]
    [InlineData("language: sv", "language: en", "content/sv/forsta.md:4: language 'en' must be 'sv', the folder the file is in")]
    [InlineData("language: sv", "language: da", "content/sv/forsta.md:4: language 'da' must be 'sv', the folder the file is in")]
    [InlineData("themes: [faser]", "themes: []", "content/sv/forsta.md:5: themes must list at least one theme")]
    [InlineData("themes: [faser]", "themes: [faser, okand]", "content/sv/forsta.md:5: unknown theme 'okand': it is not in themes.yml")]
    [InlineData("themes: [faser]", "themes: faser", "content/sv/forsta.md:5: expected a list")]
    [InlineData("source: narhet", "source: okand", "content/sv/forsta.md:6: unknown source 'okand': it is not in sources.yml")]
    [InlineData("source: narhet", "source: tilknytning", "content/sv/forsta.md:4: language 'sv' differs from the language of source 'tilknytning' (da)")]
    [InlineData("order: 1", "order: 0", "content/sv/forsta.md:7: order must be 1 or more, not 0")]
    [InlineData("order: 1", "order: första", "content/sv/forsta.md:7: expected a whole number")]
    [InlineData("order: 1", "order: 2", "content/sv/forsta.md:7: order 2 is already used in source 'narhet' by content/sv/andra.md:7")]
    [InlineData("summary: En mening om forsta.", "sumary: x", "content/sv/forsta.md:8: unknown field 'sumary'")]
    [InlineData("summary: En mening om forsta.", "summary: \"\"", "content/sv/forsta.md:8: front matter has no summary")]
    public void Invalid_front_matter_field_names_file_and_line(string original, string replacement, string expected)
    {
        content.With("sv/forsta.md", ContentFolder.Lesson("forsta", "## A {#ett}\n\nText.").Replace(original, replacement, StringComparison.Ordinal));

        Assert.Contains(content.Errors(), e => e.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Lesson_id_used_twice_across_languages_names_both_places()
    {
        content.With("da/forsta.md", ContentFolder.Lesson("forsta", "## A {#ett}\n\nText.", language: "da", source: "tilknytning", order: 2));

        Assert.Contains("content/da/forsta.md:2: lesson id or alias 'forsta' is already used by content/sv/forsta.md:2", content.Errors());
    }

    [Fact]
    public void Lesson_alias_equal_to_another_lessons_id_names_file_and_line()
    {
        content.With("sv/forsta.md", ContentFolder.Lesson("forsta", "## A {#ett}\n\nText.", extra: "aliases: [ny, andra]\n"));

        Assert.Contains("content/sv/forsta.md:9: lesson id or alias 'andra' is already used by content/sv/andra.md:2", content.Errors());
    }

    [Theory]
    [InlineData("Inledning utan rubrik.\n\n## A {#ett}\n\nText.", "content/sv/forsta.md:11: the text must start with a ## heading")]
    [InlineData("### A {#ett}\n\nText.", "content/sv/forsta.md:11: the text must start with a ## heading, not ###")]
    [InlineData("", "content/sv/forsta.md:10: the lesson has no text: it must start with a ## heading")]
    [InlineData("## A {#ett}\n\n# Rubrik\n\nText.", "content/sv/forsta.md:13: # headings are not used")]
    [InlineData("## A {#ett}\n\n#### Djup\n\nText.", "content/sv/forsta.md:13: level-4 heading is too deep: use ## or ###")]
    [InlineData("## A {#ett}\n\nText.\n\n## B\n\nText.", "content/sv/forsta.md:15: heading has no id")]
    [InlineData("## A {#ett}\n\n> ## Citat {#citat}", "content/sv/forsta.md:13: a heading inside a list, quote or container cannot start a section")]
    [InlineData("## A {#Forsta}\n\nText.", "content/sv/forsta.md:11: section id 'Forsta' must be lowercase letters")]
    [InlineData("## A {#forsta--delen}\n\nText.", "content/sv/forsta.md:11: section id 'forsta--delen' must be lowercase letters")]
    [InlineData("## A {#xx}\n\nText.\n\n## B {#xx}\n\nText.", "content/sv/forsta.md:15: duplicate section id 'xx' (first used on line 11)")]
    [InlineData("## A {#xx}\n\nText. {#xx}", "content/sv/forsta.md:13: duplicate id 'xx' (first used on line 11)")]
    [InlineData("## A {#ett}\n\n- Källa {#ref-1}\n- Källa {#ref-1}", "content/sv/forsta.md:14: duplicate id 'ref-1' (first used on line 13)")]
    [InlineData("## A {#x}\n\nText.", "content/sv/forsta.md:11: '{#x}' was not read as an id: an id needs two or more characters")]
    [InlineData("## A {#ett}\n\nText {#x}\nmed två rader.\n\nSlut {#y}", "content/sv/forsta.md:16: '{#y}' was not read as an id")]
    [InlineData("## A {#ett}\n\nText. {#Ref_1}", "content/sv/forsta.md:13: id 'Ref_1' must be lowercase letters")]
    public void Body_mistake_names_file_and_line(string body, string expected)
    {
        content.With("sv/forsta.md", ContentFolder.Lesson("forsta", body));

        Assert.Contains(content.Errors(), e => e.StartsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("section_aliases:\n  gammalt: finns-inte\n", "content/sv/forsta.md:10: section alias 'gammalt' points to 'finns-inte', which is no section in this lesson")]
    [InlineData("section_aliases:\n  tva: ett\n", "content/sv/forsta.md:10: section alias 'tva' is still an id in this lesson")]
    [InlineData("section_aliases:\n  Gammalt: ett\n", "content/sv/forsta.md:10: section alias 'Gammalt' must be lowercase letters")]
    public void Section_alias_mistake_names_file_and_line(string extra, string expected)
    {
        content.With("sv/forsta.md", ContentFolder.Lesson("forsta", "## A {#ett}\n\nText.\n\n## B {#tva}\n\nText.", extra: extra));

        Assert.Contains(content.Errors(), e => e.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void All_mistakes_are_reported_together_grouped_by_file()
    {
        content
            .With("sv/forsta.md", ContentFolder.Lesson("forsta", "## A {#xx}\n\nText.\n\n## B {#xx}\n\nText."))
            .With("sv/andra.md", ContentFolder.Lesson("andra", "Text.", order: 2))
            .With("da/heling.md", ContentFolder.Lesson("heling", "## H {#hh}\n\n[Länk](#ingenstans)", language: "da", source: "tilknytning"));

        Assert.Equal(
            [
                "content/da/heling.md:13: link '#ingenstans' does not resolve: this lesson has no element with id 'ingenstans'",
                "content/sv/andra.md:11: the text must start with a ## heading, so that all of it belongs to a section",
                "content/sv/forsta.md:15: duplicate section id 'xx' (first used on line 11)",
            ],
            content.Errors());
    }
}
