namespace Anknytning.Content.Tests.RealContent;

// "Every sentence survives" (docs/content.md): each sentence of an original text, after corrections.yml,
// must stand word for word in the rendered text of that source's lessons. Order is not checked.
public sealed class SourceFidelityTests
{
    private const int Shown = 20;

    public static TheoryData<string> SourceIds => new(SourceList.Ids());

    [Theory]
    [MemberData(nameof(SourceIds))]
    public void Every_sentence_of_the_source_is_in_its_lessons(string sourceId)
    {
        var source = SourceList.ReadAll().Single(s => s.Id == sourceId);
        var text = File.ReadAllText(Path.Combine(RealContentFolder.Root, source.File));
        foreach (var correction in Correction.ReadAll(RealContentFolder.Root).Where(c => c.Source == sourceId))
        {
            text = correction.ApplyTo(text, out _);
        }

        // A lesson's title is rendered text too (the page's <h1>), so a source heading may become one.
        var lessons = RealContentFolder.Catalog.LessonsInSource(sourceId);
        var lessonText = SourceSentences.Normalize(string.Join(' ', lessons.Select(l => $"{l.Title} {l.Text}")));
        var sentences = SourceSentences.Split(text);
        var missing = sentences.Where(s => !lessonText.Contains(s, StringComparison.Ordinal)).ToList();

        Assert.True(
            missing.Count == 0,
            $"{missing.Count} of {sentences.Count} sentences of content/{source.File} ({sourceId}) are not word for word in its "
            + $"{lessons.Count} lessons (first {Math.Min(Shown, missing.Count)} shown):\n"
            + string.Join('\n', missing.Take(Shown).Select(s => "  - " + s)));
    }

    [Fact]
    public void Every_correction_matches_its_source()
    {
        var sources = SourceList.ReadAll().ToDictionary(s => s.Id, s => s.File);
        var stale = new List<string>();
        foreach (var correction in Correction.ReadAll(RealContentFolder.Root))
        {
            if (!sources.TryGetValue(correction.Source, out var file))
            {
                stale.Add($"unknown source '{correction.Source}' for \"{correction.Original}\"");
                continue;
            }

            correction.ApplyTo(File.ReadAllText(Path.Combine(RealContentFolder.Root, file)), out var found);
            if (!found)
            {
                stale.Add($"\"{correction.Original}\" is not in content/{file}");
            }
        }

        Assert.True(stale.Count == 0, "corrections.yml:\n" + string.Join('\n', stale));
    }
}
