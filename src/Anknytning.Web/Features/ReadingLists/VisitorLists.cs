using Anknytning.Content;
using Anknytning.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Anknytning.Web.Features.ReadingLists;

/// <summary>One health visitor's own lists. Every query matches on the list's id and the visitor's account id.</summary>
public sealed class VisitorLists(AppDbContext db, ILessonCatalog catalog, TimeProvider clock)
{
    public async Task<IReadOnlyList<ListSummary>> MineAsync(string ownerId, CancellationToken ct) =>
        await db.ReadingLists.AsNoTracking()
            .Where(l => l.OwnerId == ownerId)
            .OrderBy(l => l.RetiredAt != null).ThenByDescending(l => l.Id)
            .Select(l => new ListSummary(l.Id, l.Code, l.Title, l.Items.Count, l.RetiredAt != null))
            .ToListAsync(ct);

    /// <summary>The visitor's own list with its items in order, or null (also when it is another visitor's).</summary>
    public Task<ReadingList?> FindAsync(string ownerId, long id, CancellationToken ct) =>
        db.ReadingLists.AsNoTracking()
            .Include(l => l.Items.OrderBy(i => i.Position))
            .FirstOrDefaultAsync(l => l.Id == id && l.OwnerId == ownerId, ct);

    /// <summary>A new list with the chosen sections in the catalogue's order. Returns its id.</summary>
    public async Task<long> CreateAsync(string ownerId, string title, string? note, IEnumerable<SectionChoice> sections, CancellationToken ct)
    {
        var list = new ReadingList
        {
            Code = await UnusedCodeAsync(ct),
            OwnerId = ownerId,
            Title = title.Trim(),
            Note = Clean(note),
            CreatedAt = clock.GetUtcNow(),
        };
        var position = 0;
        foreach (var (lesson, section) in InCatalogOrder(sections))
        {
            list.Items.Add(new ReadingListItem { Position = position++, LessonId = lesson.Id, SectionId = section.Id });
        }

        db.ReadingLists.Add(list);
        await db.SaveChangesAsync(ct);
        return list.Id;
    }

    /// <summary>
    /// Saves title, note and the chosen sections. Sections still chosen keep their place and note; newly chosen ones
    /// are added at the end in the catalogue's order. False when the list is not this visitor's.
    /// </summary>
    public async Task<bool> UpdateAsync(string ownerId, long id, string title, string? note, IEnumerable<SectionChoice> sections, CancellationToken ct)
    {
        var list = await db.ReadingLists.Include(l => l.Items).FirstOrDefaultAsync(l => l.Id == id && l.OwnerId == ownerId, ct);
        if (list is null)
        {
            return false;
        }

        list.Title = title.Trim();
        list.Note = Clean(note);
        var chosen = InCatalogOrder(sections).ToList();
        var keep = chosen.Select(c => (c.Lesson.Id, c.Section.Id)).ToHashSet();
        foreach (var item in list.Items.Where(i => !keep.Contains((Current(i)?.Lesson.Id ?? "", Current(i)?.Section.Id ?? ""))).ToList())
        {
            list.Items.Remove(item);
        }

        var present = list.Items.Select(Current).OfType<SectionChoice>().Select(c => (c.Lesson.Id, c.Section.Id)).ToHashSet();
        var position = list.Items.Count == 0 ? 0 : list.Items.Max(i => i.Position) + 1;
        foreach (var (lesson, section) in chosen.Where(c => !present.Contains((c.Lesson.Id, c.Section.Id))))
        {
            list.Items.Add(new ReadingListItem { Position = position++, LessonId = lesson.Id, SectionId = section.Id });
        }

        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Swaps an item with its neighbour above (-1) or below (+1). False when the list is not this visitor's.</summary>
    public async Task<bool> MoveAsync(string ownerId, long listId, long itemId, int direction, CancellationToken ct)
    {
        var list = await db.ReadingLists.Include(l => l.Items).FirstOrDefaultAsync(l => l.Id == listId && l.OwnerId == ownerId, ct);
        if (list is null)
        {
            return false;
        }

        var items = list.Items.OrderBy(i => i.Position).ToList();
        var index = items.FindIndex(i => i.Id == itemId);
        var other = index + Math.Sign(direction);
        if (index >= 0 && other >= 0 && other < items.Count)
        {
            (items[index], items[other]) = (items[other], items[index]);
            // Positions are renumbered 0..n-1, so gaps left by removed sections never make a move look like nothing.
            for (var i = 0; i < items.Count; i++)
            {
                items[i].Position = i;
            }

            await db.SaveChangesAsync(ct);
        }

        return true;
    }

    public async Task<bool> SetNoteAsync(string ownerId, long listId, long itemId, string? note, CancellationToken ct) =>
        await db.ReadingListItems
            .Where(i => i.Id == itemId && i.ReadingListId == listId
                && db.ReadingLists.Any(l => l.Id == listId && l.OwnerId == ownerId))
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Note, Clean(note)), ct) == 1;

    /// <summary>Retires the list, or brings it back. False when the list is not this visitor's.</summary>
    public async Task<bool> RetireAsync(string ownerId, long listId, bool retire, CancellationToken ct)
    {
        DateTimeOffset? when = retire ? clock.GetUtcNow() : null;
        return await db.ReadingLists
            .Where(l => l.Id == listId && l.OwnerId == ownerId)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.RetiredAt, when), ct) == 1;
    }

    /// <summary>A list item read through the catalogue (aliases followed); null when its section is gone.</summary>
    public SectionChoice? Current(ReadingListItem item) =>
        catalog.FindLesson(item.LessonId) is { } lesson && lesson.FindSection(item.SectionId) is { } section
            ? new SectionChoice(lesson, section)
            : null;

    /// <summary>The chosen sections that exist, each once, in the catalogue's order (lesson order, then section order).</summary>
    private IEnumerable<SectionChoice> InCatalogOrder(IEnumerable<SectionChoice> sections)
    {
        var wanted = sections.Select(s => (s.Lesson.Id, s.Section.Id)).ToHashSet();
        return catalog.Lessons
            .SelectMany(l => l.Sections.Select(s => new SectionChoice(l, s)))
            .Where(c => wanted.Contains((c.Lesson.Id, c.Section.Id)))
            .Take(ListLimits.Sections);
    }

    private async Task<string> UnusedCodeAsync(CancellationToken ct)
    {
        // A clash is one in billions; the unique index would refuse it anyway, so look before using a code.
        while (true)
        {
            var code = ListCode.New();
            if (!await db.ReadingLists.AnyAsync(l => l.Code == code, ct))
            {
                return code;
            }
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>A section chosen from the catalogue, with its lesson.</summary>
public sealed record SectionChoice(Lesson Lesson, Section Section)
{
    /// <summary>The checkbox value on the editor's form: "lesson-id/section-id".</summary>
    public string Value => $"{Lesson.Id}/{Section.Id}";

    /// <summary>Reads checkbox values back; values naming nothing in the catalogue are dropped.</summary>
    public static IEnumerable<SectionChoice> Parse(ILessonCatalog catalog, IEnumerable<string> values)
    {
        foreach (var value in values)
        {
            var parts = value.Split('/', 2);
            if (parts.Length == 2 && catalog.FindLesson(parts[0]) is { } lesson && lesson.FindSection(parts[1]) is { } section)
            {
                yield return new SectionChoice(lesson, section);
            }
        }
    }
}

public sealed record ListSummary(long Id, string Code, string Title, int Sections, bool Retired);
