using Anknytning.Content;
using Anknytning.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Anknytning.Web.Features.ReadingLists;

/// <summary>A list as a parent opens it: by its code, with no account. Nothing here says who made it or who saved it.</summary>
public sealed record OpenedList(long Id, string Code, string Title, string? Note, bool Retired, IReadOnlyList<ListStep> Steps)
{
    /// <summary>Step <paramref name="number"/> (1-based), or null.</summary>
    public ListStep? Step(int number) => number >= 1 && number <= Steps.Count ? Steps[number - 1] : null;
}

/// <summary>One section of a list, numbered from 1 in the visitor's order.</summary>
public sealed record ListStep(int Number, Lesson Lesson, Section Section, string? Note);

/// <summary>A saved list in "Min läsning", with how far the parent has come through it.</summary>
public sealed record SavedList(string Code, string Title, bool Retired, int Read, int Total);

/// <summary>Lists as parents meet them: opened by code, saved to "Min läsning", read through.</summary>
public sealed class ParentLists(AppDbContext db, ILessonCatalog catalog, TimeProvider clock)
{
    /// <summary>The list with this code (already normalized), or null. Sections that no longer exist are left out.</summary>
    public async Task<OpenedList?> OpenAsync(string code, CancellationToken ct)
    {
        var list = await db.ReadingLists.AsNoTracking()
            .Where(l => l.Code == code)
            .Select(l => new { l.Id, l.Code, l.Title, l.Note, Retired = l.RetiredAt != null, Items = l.Items.OrderBy(i => i.Position).ToList() })
            .FirstOrDefaultAsync(ct);
        if (list is null)
        {
            return null;
        }

        var steps = new List<ListStep>(list.Items.Count);
        foreach (var item in list.Items)
        {
            if (catalog.FindLesson(item.LessonId) is { } lesson && lesson.FindSection(item.SectionId) is { } section)
            {
                steps.Add(new ListStep(steps.Count + 1, lesson, section, item.Note));
            }
        }

        return new OpenedList(list.Id, list.Code, list.Title, list.Note, list.Retired, steps);
    }

    /// <summary>The numbers of the steps this reader has marked as read. One query.</summary>
    public async Task<IReadOnlySet<int>> ReadStepsAsync(string userId, OpenedList list, CancellationToken ct)
    {
        var lessonIds = list.Steps.SelectMany(s => s.Lesson.KnownIds).Distinct().ToList();
        var rows = await db.SectionsRead.AsNoTracking()
            .Where(r => r.UserId == userId && lessonIds.Contains(r.LessonId))
            .Select(r => new { r.LessonId, r.SectionId })
            .ToListAsync(ct);
        var read = rows
            .Select(r => catalog.FindLesson(r.LessonId) is { } l && l.FindSection(r.SectionId) is { } s ? (l.Id, s.Id) : default)
            .ToHashSet();
        return list.Steps.Where(s => read.Contains((s.Lesson.Id, s.Section.Id))).Select(s => s.Number).ToHashSet();
    }

    public Task<bool> IsSavedAsync(string userId, long listId, CancellationToken ct) =>
        db.SavedReadingLists.AsNoTracking().AnyAsync(s => s.UserId == userId && s.ReadingListId == listId, ct);

    /// <summary>Keeps the list in the reader's "Min läsning"; saving twice keeps one row.</summary>
    public async Task SaveAsync(string userId, long listId, CancellationToken ct) =>
        await db.InsertOrIgnoreAsync([new SavedReadingList { UserId = userId, ReadingListId = listId, SavedAt = clock.GetUtcNow() }], ct);

    public async Task ForgetAsync(string userId, long listId, CancellationToken ct) =>
        await db.SavedReadingLists.Where(s => s.UserId == userId && s.ReadingListId == listId).ExecuteDeleteAsync(ct);

    /// <summary>The reader's saved lists, newest first, each with its progress.</summary>
    public async Task<IReadOnlyList<SavedList>> SavedAsync(string userId, CancellationToken ct)
    {
        var codes = await db.SavedReadingLists.AsNoTracking()
            .Where(s => s.UserId == userId)
            .OrderByDescending(s => s.Id)
            .Join(db.ReadingLists, s => s.ReadingListId, l => l.Id, (s, l) => l.Code)
            .ToListAsync(ct);
        var saved = new List<SavedList>(codes.Count);
        foreach (var code in codes)
        {
            if (await OpenAsync(code, ct) is { } list)
            {
                var read = await ReadStepsAsync(userId, list, ct);
                saved.Add(new SavedList(list.Code, list.Title, list.Retired, read.Count, list.Steps.Count));
            }
        }

        return saved;
    }
}
