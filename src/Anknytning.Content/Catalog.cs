namespace Anknytning.Content;

/// <summary>A text in Swedish and in Danish, for names and introductions that we write ourselves.</summary>
public sealed record LocalizedText(string Sv, string Da)
{
    /// <summary>The text for a language code ("sv" or "da"); Swedish for anything else.</summary>
    public string In(string language) => language == "da" ? Da : Sv;
}

/// <summary>A theme groups lessons across sources and languages: attachment phases, regulation, mirroring, healing …</summary>
public sealed record Theme(
    string Id,
    int Order,
    string Color,
    LocalizedText Name,
    LocalizedText Introduction,
    IReadOnlyList<string> Aliases);

/// <summary>One of the original texts, read whole in its own order, with its attribution.</summary>
public sealed record Source(
    string Id,
    string Language,
    string Title,
    string? Author,
    string? Date,
    string Description,
    string Disclaimer,
    string File,
    IReadOnlyList<string> Aliases);

/// <summary>A heading in a lesson and the text under it. Its id is written in the Markdown and never changes.</summary>
public sealed record Section(
    string Id,
    string Title,
    int Level,
    string Html,
    IReadOnlyList<string> Aliases)
{
    /// <summary>The section's text without markup (figures contribute their captions), for search and the fidelity check.</summary>
    public string Text => PlainText.FromHtml(Html);

    /// <summary>The current id and every former one: any of them may stand in a row stored earlier.</summary>
    public IReadOnlyList<string> KnownIds => [Id, .. Aliases];

    /// <summary>Reflection prompts we wrote for this section, in the lesson's language, shown at its end.</summary>
    public IReadOnlyList<ReflectionPrompt> Prompts { get; init; } = [];
}

/// <summary>A question that invites the reader to write in their journal. Its id is stable, like a section's.</summary>
public sealed record ReflectionPrompt(string Id, string Text);

/// <summary>Where a parent is: weeks of pregnancy, or the baby's age in months.</summary>
public enum TimelineStage
{
    Pregnancy,
    Baby,
}

/// <summary>A stretch of time a lesson fits, e.g. pregnancy weeks 28–42 or baby months 0–2 (both ends included).</summary>
public sealed record TimelineWindow(TimelineStage Stage, int From, int To)
{
    public bool Contains(TimelineStage stage, int value) => stage == Stage && value >= From && value <= To;
}

/// <summary>A lesson: a reading-length part of one source, in that source's language.</summary>
public sealed record Lesson(
    string Id,
    string Title,
    string Language,
    IReadOnlyList<string> ThemeIds,
    string SourceId,
    int Order,
    string Summary,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<Section> Sections,
    int Words,
    string FilePath)
{
    /// <summary>The current id and every former one: any of them may stand in a row stored earlier.</summary>
    public IReadOnlyList<string> KnownIds => [Id, .. Aliases];

    /// <summary>When in pregnancy or the baby's first months this lesson is suggested on the home page.</summary>
    public IReadOnlyList<TimelineWindow> SuggestedDuring { get; init; } = [];

    /// <summary>Minutes at a calm 200 words a minute, never less than one.</summary>
    public int ReadingMinutes => Math.Max(1, (int)Math.Round(Words / 200.0));

    /// <summary>The lesson's text without markup: each section's title, then its text, in order, joined by spaces.</summary>
    /// <remarks>Worked out on each call; keep the result if you need it more than once.</remarks>
    public string Text => string.Join(' ', Sections.Select(s => $"{s.Title} {s.Text}".Trim()));

    /// <summary>A section by its id or by one of its former ids.</summary>
    public Section? FindSection(string id) =>
        Sections.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase))
        ?? Sections.FirstOrDefault(s => s.Aliases.Contains(id, StringComparer.OrdinalIgnoreCase));
}

/// <summary>Everything the site teaches, built once at start-up from <c>content/</c> and never changed afterwards.</summary>
public interface ILessonCatalog
{
    IReadOnlyList<Theme> Themes { get; }

    IReadOnlyList<Source> Sources { get; }

    /// <summary>All lessons, ordered by source and then by order within the source.</summary>
    IReadOnlyList<Lesson> Lessons { get; }

    /// <summary>A theme by id or alias.</summary>
    Theme? FindTheme(string id);

    /// <summary>A source by id or alias.</summary>
    Source? FindSource(string id);

    /// <summary>A lesson by id or alias.</summary>
    Lesson? FindLesson(string id);

    IReadOnlyList<Lesson> LessonsInTheme(string themeId);

    IReadOnlyList<Lesson> LessonsInSource(string sourceId);

    /// <summary>The lesson before this one in its source, if any.</summary>
    Lesson? LessonBefore(Lesson lesson);

    /// <summary>The lesson after this one in its source, if any.</summary>
    Lesson? LessonAfter(Lesson lesson);
}
