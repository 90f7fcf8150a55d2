namespace Anknytning.Content.Tests.RealContent;

// These read the repository's content/ as the app will. While authors are still writing they may fail;
// the message then says what to fix, file and line.
public sealed class RealContentTests
{
    public static TheoryData<string> SourceIds => new(SourceList.Ids());

    [Fact]
    public void Catalogue_loads_without_content_errors() =>
        Assert.NotEmpty(RealContentFolder.Catalog.Lessons);

    [Fact]
    public void Every_lessons_section_ids_and_aliases_are_unique()
    {
        foreach (var lesson in RealContentFolder.Catalog.Lessons)
        {
            var duplicates = lesson.Sections.SelectMany(s => s.Aliases.Prepend(s.Id)).GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key);
            Assert.True(!duplicates.Any(), $"{lesson.FilePath}: {string.Join(", ", duplicates)}");
        }
    }

    [Fact]
    public void Every_lesson_has_one_to_three_reflection_prompts()
    {
        var counts = RealContentFolder.Catalog.Lessons.Select(l => (l.FilePath, Count: l.Sections.Sum(s => s.Prompts.Count))).ToList();
        var outside = counts.Where(c => c.Count is < 1 or > 3).Select(c => $"{c.FilePath}: {c.Count} prompts");

        Assert.True(!outside.Any(), string.Join('\n', outside));
    }

    [Fact]
    public void Every_lessons_prompt_ids_are_unique_and_differ_from_its_section_ids()
    {
        foreach (var lesson in RealContentFolder.Catalog.Lessons)
        {
            var promptIds = lesson.Sections.SelectMany(s => s.Prompts).Select(p => p.Id).ToList();
            var clashes = promptIds.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key)
                .Concat(promptIds.Intersect(lesson.Sections.SelectMany(s => s.Aliases.Prepend(s.Id))));
            Assert.True(!clashes.Any(), $"{lesson.FilePath}: {string.Join(", ", clashes)}");
        }
    }

    [Fact]
    public void Prompts_stay_out_of_the_lesson_text()
    {
        foreach (var lesson in RealContentFolder.Catalog.Lessons)
        {
            var text = lesson.Text;
            foreach (var prompt in lesson.Sections.SelectMany(s => s.Prompts))
            {
                Assert.DoesNotContain(prompt.Text, text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Lessons_with_a_clear_time_fit_are_suggested_during_it()
    {
        var catalog = RealContentFolder.Catalog;

        Assert.Equal(
            [new TimelineWindow(TimelineStage.Pregnancy, 28, 42), new TimelineWindow(TimelineStage.Baby, 0, 7)],
            catalog.FindLesson("barnets-behov-av-narhet")!.SuggestedDuring);
        Assert.Contains(catalog.Lessons, l => l.Language == "da" && l.SuggestedDuring.Any(w => w.Contains(TimelineStage.Pregnancy, 32)));
        Assert.Contains(catalog.Lessons, l => l.Language == "sv" && l.SuggestedDuring.Any(w => w.Contains(TimelineStage.Baby, 3)));
        Assert.Empty(catalog.FindLesson("heling")!.SuggestedDuring);
    }

    [Theory]
    [MemberData(nameof(SourceIds))]
    public void Every_source_has_lessons(string sourceId) =>
        Assert.NotEmpty(RealContentFolder.Catalog.LessonsInSource(sourceId));
}
