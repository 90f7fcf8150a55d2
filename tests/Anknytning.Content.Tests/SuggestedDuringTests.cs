namespace Anknytning.Content.Tests;

// In ContentFolder.Lesson, extra front matter starts on line 9 of the file.
public sealed class SuggestedDuringTests : IDisposable
{
    private readonly ContentFolder content = new();

    public void Dispose() => content.Dispose();

    [Fact]
    public void Suggested_during_is_read_into_timeline_windows()
    {
        content.With("sv/forsta.md", ContentFolder.Lesson(
            "forsta", "## A {#ett}\n\nText.", extra: "suggested_during:\n  - pregnancy 28-42\n  - baby 0-7\n"));

        Assert.Equal(
            [new TimelineWindow(TimelineStage.Pregnancy, 28, 42), new TimelineWindow(TimelineStage.Baby, 0, 7)],
            content.Load().FindLesson("forsta")!.SuggestedDuring);
    }

    [Fact]
    public void Suggested_during_may_be_written_as_a_flow_list_and_at_the_edges_of_the_timeline()
    {
        content.With("sv/forsta.md", ContentFolder.Lesson(
            "forsta", "## A {#ett}\n\nText.", extra: "suggested_during: [pregnancy 0-45, baby 36-36]\n"));

        Assert.Equal(
            [new TimelineWindow(TimelineStage.Pregnancy, 0, 45), new TimelineWindow(TimelineStage.Baby, 36, 36)],
            content.Load().FindLesson("forsta")!.SuggestedDuring);
    }

    [Fact]
    public void A_lesson_without_suggested_during_is_suggested_at_no_time()
    {
        Assert.Empty(content.Load().FindLesson("forsta")!.SuggestedDuring);
    }

    [Fact]
    public void A_window_contains_both_of_its_ends_and_only_its_own_stage()
    {
        var window = new TimelineWindow(TimelineStage.Baby, 0, 2);

        Assert.True(window.Contains(TimelineStage.Baby, 0));
        Assert.True(window.Contains(TimelineStage.Baby, 2));
        Assert.False(window.Contains(TimelineStage.Baby, 3));
        Assert.False(window.Contains(TimelineStage.Pregnancy, 1));
    }

    [Theory]
    [InlineData("  - toddler 1-2", "content/sv/forsta.md:11: suggested_during 'toddler 1-2' has the unknown stage 'toddler': use pregnancy (weeks) or baby (months)")]
    [InlineData("  - Baby 0-2", "content/sv/forsta.md:11: suggested_during 'Baby 0-2' has the unknown stage 'Baby'")]
    [InlineData("  - baby 5-2", "content/sv/forsta.md:11: suggested_during 'baby 5-2' runs backwards: 5 comes after 2")]
    [InlineData("  - pregnancy 28-46", "content/sv/forsta.md:11: suggested_during 'pregnancy 28-46' goes past the end: pregnancy weeks run from 0 to 45")]
    [InlineData("  - baby 0-37", "content/sv/forsta.md:11: suggested_during 'baby 0-37' goes past the end: baby months run from 0 to 36")]
    [InlineData("  - baby 0-9999", "content/sv/forsta.md:11: suggested_during 'baby 0-9999' must read like 'pregnancy 28-42'")]
    [InlineData("  - baby -1-2", "content/sv/forsta.md:11: suggested_during 'baby -1-2' must read like 'pregnancy 28-42'")]
    [InlineData("  - baby 2", "content/sv/forsta.md:11: suggested_during 'baby 2' must read like 'pregnancy 28-42' (weeks of pregnancy) or 'baby 0-2'")]
    [InlineData("  - ", "content/sv/forsta.md:11: suggested_during has an empty entry")]
    public void Invalid_suggested_during_names_file_and_line(string entry, string expected)
    {
        content.With("sv/forsta.md", ContentFolder.Lesson(
            "forsta", "## A {#ett}\n\nText.", extra: $"suggested_during:\n  - baby 0-2\n{entry}\n"));

        Assert.Contains(content.Errors(), e => e.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Suggested_during_written_as_one_text_asks_for_a_list()
    {
        content.With("sv/forsta.md", ContentFolder.Lesson("forsta", "## A {#ett}\n\nText.", extra: "suggested_during: baby 0-2\n"));

        Assert.Contains(content.Errors(), e => e.StartsWith("content/sv/forsta.md:9: expected a list", StringComparison.Ordinal));
    }
}
