namespace Anknytning.Content.Tests;

public sealed class CatalogTests
{
    [Fact]
    public void Localized_text_falls_back_to_swedish() =>
        Assert.Equal("sv", new LocalizedText("sv", "da").In("en"));

    [Fact]
    public void Section_is_found_by_a_former_id()
    {
        var section = new Section("nytt", "Nytt", 2, "<p>x</p>", ["gammalt"]);
        var lesson = new Lesson("l", "L", "sv", ["t"], "s", 1, "", [], [section], 1, "l.md");

        Assert.Same(section, lesson.FindSection("gammalt"));
        Assert.Same(section, lesson.FindSection("nytt"));
        Assert.Null(lesson.FindSection("annat"));
    }

    [Fact]
    public void Lesson_text_is_titles_and_section_text_in_order()
    {
        var lesson = new Lesson("l", "L", "sv", ["t"], "s", 1, "", [],
            [new Section("a", "Första", 2, "<p>Ett <em>två</em>.</p>\n", []), new Section("b", "Andra", 3, "<ul>\n<li>tre</li>\n<li>fyra</li>\n</ul>\n", [])],
            4, "l.md");

        Assert.Equal("Första Ett två. Andra tre fyra", lesson.Text);
    }
}
