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

    [Theory]
    [MemberData(nameof(SourceIds))]
    public void Every_source_has_lessons(string sourceId) =>
        Assert.NotEmpty(RealContentFolder.Catalog.LessonsInSource(sourceId));
}
