using Anknytning.Content;
using Anknytning.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Anknytning.Web.Features.Progress;

/// <summary>
/// What one reader has read, and the marks that change it. Rows hold the ids from content/; they are read back
/// through the catalogue, so a row under a former id (alias) counts for the current section and a row whose
/// section is gone is ignored.
/// </summary>
public sealed class ReadingProgress(AppDbContext db, ILessonCatalog catalog, TimeProvider clock)
{
    /// <summary>The current ids of the sections of one lesson that the reader has read. One query.</summary>
    public async Task<IReadOnlySet<string>> ReadSectionsAsync(string userId, Lesson lesson, CancellationToken ct)
    {
        // The reader's rows are few, so the lesson's ids are matched here: a list parameter in the query sends every
        // execution through EF Core's SQL cache under a lock, the longest wait of a signed-in page under load.
        var rows = await RowsOf.For(db)(db, userId).ToListAsync(ct);
        var lessonIds = lesson.KnownIds;
        return rows
            .Where(r => lessonIds.Contains(r.LessonId))
            .Select(r => lesson.FindSection(r.SectionId))
            .OfType<Section>()
            .Select(s => s.Id)
            .ToHashSet(StringComparer.Ordinal);
    }

    private sealed record ReadRow(long Id, string LessonId, string SectionId, DateTimeOffset ReadAt);

    // One reader's marks: every signed-in lesson page, the signed-in home page and /min-lasning read them.
    private static readonly CompiledQuery<Func<AppDbContext, string, IAsyncEnumerable<ReadRow>>> RowsOf = new(() =>
        EF.CompileAsyncQuery((AppDbContext db, string userId) =>
            db.SectionsRead.AsNoTracking().Where(r => r.UserId == userId).Select(r => new ReadRow(r.Id, r.LessonId, r.SectionId, r.ReadAt))));

    /// <summary>Everything the reader has read, per lesson and per theme, and where to go on. One query.</summary>
    public async Task<ReadingSummary> SummaryAsync(string userId, CancellationToken ct)
    {
        var rows = await RowsOf.For(db)(db, userId).ToListAsync(ct);

        var marks = new List<ReadMark>(rows.Count);
        // Ordered in memory: the rows are one reader's, a few hundred at most.
        foreach (var row in rows.OrderBy(r => r.ReadAt).ThenBy(r => r.Id))
        {
            if (catalog.FindLesson(row.LessonId) is { } lesson && lesson.FindSection(row.SectionId) is { } section)
            {
                marks.Add(new ReadMark(lesson, section, row.ReadAt));
            }
        }

        return new ReadingSummary(catalog, marks);
    }

    /// <summary>
    /// Marks a section as read. Marking it again, also from two tabs at once or while another tab unmarks it, leaves
    /// one row and raises nothing: the database keeps the first row and ignores the rest.
    /// </summary>
    public async Task MarkSectionAsync(string userId, Lesson lesson, Section section, CancellationToken ct) =>
        await db.InsertOrIgnoreAsync([NewRow(userId, lesson, section, clock.GetUtcNow())], ct);

    public async Task UnmarkSectionAsync(string userId, Lesson lesson, Section section, CancellationToken ct)
    {
        var lessonIds = lesson.KnownIds;
        var sectionIds = section.KnownIds;
        await db.SectionsRead
            .Where(r => r.UserId == userId && lessonIds.Contains(r.LessonId) && sectionIds.Contains(r.SectionId))
            .ExecuteDeleteAsync(ct);
    }

    /// <summary>Marks every section of the lesson that is not yet read, in one write.</summary>
    public async Task MarkLessonAsync(string userId, Lesson lesson, CancellationToken ct)
    {
        var read = await ReadSectionsAsync(userId, lesson, ct);
        var now = clock.GetUtcNow();
        var unread = lesson.Sections.Where(s => !read.Contains(s.Id)).ToList();
        if (unread.Count == 0)
        {
            return;
        }

        // In reading order, so the last section of the lesson is the last one touched. A section marked meanwhile
        // (another tab) is skipped by the database.
        await db.InsertOrIgnoreAsync([.. unread.Select(s => NewRow(userId, lesson, s, now))], ct);
    }

    public async Task UnmarkLessonAsync(string userId, Lesson lesson, CancellationToken ct)
    {
        var lessonIds = lesson.KnownIds;
        await db.SectionsRead
            .Where(r => r.UserId == userId && lessonIds.Contains(r.LessonId))
            .ExecuteDeleteAsync(ct);
    }

    /// <summary>Forgets everything the reader has marked.</summary>
    public async Task ResetAsync(string userId, CancellationToken ct) =>
        await db.SectionsRead.Where(r => r.UserId == userId).ExecuteDeleteAsync(ct);

    private static SectionRead NewRow(string userId, Lesson lesson, Section section, DateTimeOffset now) =>
        new() { UserId = userId, LessonId = lesson.Id, SectionId = section.Id, ReadAt = now };
}
