using Anknytning.Content;
using Anknytning.Web.Site;

namespace Anknytning.Web.Features.Progress;

/// <summary>One read section, under its current lesson and section, whatever id the row was stored under.</summary>
public sealed record ReadMark(Lesson Lesson, Section Section, DateTimeOffset ReadAt);

/// <summary>How far one reader has come in one lesson.</summary>
public sealed record LessonProgress(Lesson Lesson, int Read, DateTimeOffset? LastRead)
{
    public int Total => Lesson.Sections.Count;

    public bool IsDone => Total > 0 && Read >= Total;
}

/// <summary>How far one reader has come in one theme: its lessons in both languages.</summary>
public sealed record ThemeProgress(Theme Theme, int Read, int Total, IReadOnlyList<LessonProgress> Lessons);

/// <summary>Where to read on: the next unread section, in the lesson last touched or the one after it.</summary>
public sealed record ContinueReading(Lesson Lesson, Section Section, bool IsNextLesson, LessonProgress Progress)
{
    /// <summary>The lesson's top for its first section, otherwise the section itself.</summary>
    public string Href => Addresses.Lesson(Lesson.Id, Lesson.Sections[0] == Section ? null : Section.Id);
}

/// <summary>Everything one reader has read, worked out from one query; see <see cref="ReadingProgress.SummaryAsync"/>.</summary>
public sealed class ReadingSummary
{
    private readonly ILessonCatalog catalog;
    private readonly Dictionary<string, LessonProgress> lessons = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> readSections = new(StringComparer.Ordinal);

    /// <param name="marks">Oldest first.</param>
    public ReadingSummary(ILessonCatalog catalog, IReadOnlyList<ReadMark> marks)
    {
        this.catalog = catalog;
        foreach (var mark in marks)
        {
            if (!readSections.TryGetValue(mark.Lesson.Id, out var read))
            {
                readSections[mark.Lesson.Id] = read = new HashSet<string>(StringComparer.Ordinal);
            }

            // A section stored under its old and its new id counts once.
            read.Add(mark.Section.Id);
            lessons[mark.Lesson.Id] = new LessonProgress(mark.Lesson, read.Count, mark.ReadAt);
        }

        SectionsRead = readSections.Values.Sum(s => s.Count);
        Themes = [.. catalog.Themes.Select(theme =>
        {
            var inTheme = catalog.LessonsInTheme(theme.Id).Select(For).ToList();
            return new ThemeProgress(theme, inTheme.Sum(l => l.Read), inTheme.Sum(l => l.Total), inTheme);
        })];
        ContinueReading = marks.Count == 0 ? null : NextAfter(marks[^1]);
    }

    /// <summary>Read sections in all lessons, each counted once.</summary>
    public int SectionsRead { get; }

    public IReadOnlyList<ThemeProgress> Themes { get; }

    public ContinueReading? ContinueReading { get; }

    public LessonProgress For(Lesson lesson) =>
        lessons.TryGetValue(lesson.Id, out var progress) ? progress : new LessonProgress(lesson, 0, null);

    public IReadOnlySet<string> ReadSections(Lesson lesson) =>
        readSections.TryGetValue(lesson.Id, out var read) ? read : new HashSet<string>();

    private ContinueReading? NextAfter(ReadMark last)
    {
        var lesson = last.Lesson;
        var read = ReadSections(lesson);
        var at = lesson.Sections.ToList().IndexOf(last.Section);
        // The next unread section after the last one marked; else one the reader skipped earlier.
        var next = lesson.Sections.Skip(at + 1).FirstOrDefault(s => !read.Contains(s.Id))
            ?? lesson.Sections.FirstOrDefault(s => !read.Contains(s.Id));
        if (next is not null)
        {
            return new ContinueReading(lesson, next, IsNextLesson: false, For(lesson));
        }

        for (var after = catalog.LessonAfter(lesson); after is not null; after = catalog.LessonAfter(after))
        {
            var readInNext = ReadSections(after);
            if (after.Sections.FirstOrDefault(s => !readInNext.Contains(s.Id)) is { } first)
            {
                return new ContinueReading(after, first, IsNextLesson: true, For(after));
            }
        }

        return null;
    }
}
