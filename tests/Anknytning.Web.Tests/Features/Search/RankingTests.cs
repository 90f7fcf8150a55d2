using Anknytning.Content;
using Anknytning.Web.Features.Search;

namespace Anknytning.Web.Tests.Features.Search;

/// <summary>Ranking and filters on a tiny catalogue made for the purpose, so each rule is seen on its own.</summary>
public sealed class RankingTests : IDisposable
{
    private readonly LessonSearch search = new(new TinyCatalog(
        Lesson("spegling-sv", "sv", ["spegling"],
            new Section("rubrik", "Spegling", 2, "<p>Om hur barnet blir sett.</p>", []),
            new Section("text", "Att bli sedd", 2, "<p>Barnet behöver spegling varje dag.</p>", []),
            new Section("bojd", "Ansikten", 2, "<p>Barnet behöver speglingen varje dag.</p>", [])),
        Lesson("spejling-da", "da", ["lakning"],
            new Section("afsnit", "Om at blive set", 2, "<p>Barnet har brug for spejling og <b>trøst</b>.</p>", []))));

    [Fact]
    public void A_word_in_a_heading_ranks_above_the_same_word_in_the_text()
    {
        var hits = search.Search("spegling", "sv").Hits;

        Assert.Equal("rubrik", hits[0].Section.Id);
    }

    [Fact]
    public void The_word_as_written_ranks_above_its_inflections()
    {
        var hits = search.Search("spegling", "sv").Hits.Select(h => h.Section.Id).ToList();

        Assert.True(hits.IndexOf("text") < hits.IndexOf("bojd"), string.Join(", ", hits));
    }

    [Fact]
    public void Filters_keep_one_language_or_one_theme_and_count_the_others()
    {
        var danish = search.Search("spegling", language: "da");
        var healing = search.Search("spegling", themeId: "lakning");

        Assert.Equal(["afsnit"], danish.Hits.Select(h => h.Section.Id));
        Assert.Equal(3, danish.InLanguage("sv"));
        Assert.Equal(4, danish.TotalWithoutFilters);
        Assert.Equal(["afsnit"], healing.Hits.Select(h => h.Section.Id));
    }

    [Fact]
    public void Snippet_marks_the_matched_words_and_keeps_the_rest_as_plain_text()
    {
        var hit = search.Search("trøst").Hits.Single();

        Assert.Equal("Barnet har brug for spejling og trøst.", string.Concat(hit.Snippet.Select(p => p.Text)));
        Assert.Equal(["trøst"], hit.Snippet.Where(p => p.IsMatch).Select(p => p.Text));
    }

    public void Dispose() => search.Dispose();

    private static Lesson Lesson(string id, string language, string[] themes, params Section[] sections) =>
        new(id, id, language, themes, "kalla", 1, "", [], sections, 100, $"content/{language}/{id}.md");

    private sealed class TinyCatalog(params Lesson[] lessons) : ILessonCatalog
    {
        public IReadOnlyList<Theme> Themes => [];

        public IReadOnlyList<Source> Sources => [];

        public IReadOnlyList<Lesson> Lessons => lessons;

        public Theme? FindTheme(string id) => null;

        public Source? FindSource(string id) => null;

        public Lesson? FindLesson(string id) => lessons.FirstOrDefault(l => l.Id == id);

        public IReadOnlyList<Lesson> LessonsInTheme(string themeId) => [];

        public IReadOnlyList<Lesson> LessonsInSource(string sourceId) => [];

        public Lesson? LessonBefore(Lesson lesson) => null;

        public Lesson? LessonAfter(Lesson lesson) => null;
    }
}
