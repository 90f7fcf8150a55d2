using Anknytning.Content;
using Anknytning.Web.Data;
using Anknytning.Web.Site;
using Microsoft.EntityFrameworkCore;

namespace Anknytning.Web.Features.Journal;

/// <summary>A reflection as its writer reads it: decrypted, with the lesson, section and prompt it answers.</summary>
public sealed record Reflection(
    long Id,
    string? Title,
    string Text,
    DateTimeOffset WrittenAt,
    DateTimeOffset? EditedAt,
    Lesson? Lesson,
    Section? Section,
    ReflectionPrompt? Prompt);

/// <summary>The lesson, section and prompt a new reflection answers. Each is optional, but a section needs its lesson and a prompt its section.</summary>
public sealed record ReflectionContext(Lesson Lesson, Section? Section, ReflectionPrompt? Prompt)
{
    /// <summary>The place in the lesson the reflection belongs to.</summary>
    public string Href => Addresses.Lesson(Lesson.Id, Section?.Id);
}

/// <summary>What a parent wrote, before it is encrypted.</summary>
public sealed record NewReflection(string? Title, string Text, ReflectionContext? Context, string SubmissionId);

/// <summary>Which reflections to list. Unknown theme or lesson ids match nothing.</summary>
public sealed record JournalFilter(string? ThemeId = null, string? LessonId = null, string? Search = null)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(ThemeId) && string.IsNullOrWhiteSpace(LessonId) && string.IsNullOrWhiteSpace(Search);
}

/// <summary>
/// One parent's journal: write, read, edit, delete and search their reflections. Every query filters on the
/// account id, and edits and deletes match on the entry id and the account id together. Titles and texts are
/// encrypted under the account's id, so nothing here ever logs them: only ids.
/// </summary>
public sealed partial class JournalEntries(
    AppDbContext db, JournalProtector protector, ILessonCatalog catalog, TimeProvider clock, WritingPace pace, ILogger<JournalEntries> logger)
{
    /// <summary>The longest text a reflection may have, in characters as a reader counts them.</summary>
    public const int MaxTextLength = 10_000;

    public const int MaxTitleLength = 200;

    /// <summary>
    /// The most a text may take in UTF-8, as stored. Characters as a reader counts them can be any size (one letter
    /// with a thousand accents is one), so the bytes are limited too: four per character, room for a text of emoji.
    /// </summary>
    public const int MaxTextBytes = 4 * MaxTextLength;

    public const int MaxTitleBytes = 4 * MaxTitleLength;

    /// <summary>True when the account may save (write or edit) now; otherwise false, with how long to wait.</summary>
    public bool MaySave(string userId, out TimeSpan retryAfter) => pace.TrySave(userId, out retryAfter);

    /// <summary>
    /// Saves a new reflection and returns its id. The same submission id twice (a double click, a resent form,
    /// two tabs) saves once and returns the id of the first.
    /// </summary>
    public async Task<long> WriteAsync(string userId, NewReflection reflection, CancellationToken ct)
    {
        if (await FindSubmissionAsync(userId, reflection.SubmissionId, ct) is { } existing)
        {
            return existing;
        }

        var entry = new JournalEntry
        {
            UserId = userId,
            TitleCiphertext = reflection.Title is null ? null : protector.Protect(userId, reflection.Title),
            TextCiphertext = protector.Protect(userId, reflection.Text),
            WrittenAt = clock.GetUtcNow(),
            LessonId = reflection.Context?.Lesson.Id,
            SectionId = reflection.Context?.Section?.Id,
            PromptId = reflection.Context?.Prompt?.Id,
            SubmissionId = reflection.SubmissionId,
        };
        // The same form arriving twice at once: the unique index keeps the first, the second inserts nothing and
        // finds the first. No exception, so nothing for EF Core to log as an error.
        var inserted = await db.InsertOrIgnoreAsync([entry], ct);
        var id = await FindSubmissionAsync(userId, reflection.SubmissionId, ct)
            ?? throw new InvalidOperationException($"Journal entry for account {userId} could not be saved.");
        if (inserted > 0)
        {
            LogWritten(id, userId);
        }

        return id;
    }

    /// <summary>Changes the title and text of one of the parent's own reflections. False when there is no such entry for this account.</summary>
    public async Task<bool> EditAsync(string userId, long id, string? title, string text, CancellationToken ct)
    {
        var entry = await db.JournalEntries.SingleOrDefaultAsync(e => e.Id == id && e.UserId == userId, ct);
        if (entry is null)
        {
            return false;
        }

        entry.TitleCiphertext = title is null ? null : protector.Protect(userId, title);
        entry.TextCiphertext = protector.Protect(userId, text);
        entry.EditedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        LogEdited(id, userId);
        return true;
    }

    /// <summary>Deletes one of the parent's own reflections. False when there is no such entry for this account.</summary>
    public async Task<bool> DeleteAsync(string userId, long id, CancellationToken ct)
    {
        var deleted = await db.JournalEntries.Where(e => e.Id == id && e.UserId == userId).ExecuteDeleteAsync(ct);
        if (deleted > 0)
        {
            LogDeleted(id, userId);
        }

        return deleted > 0;
    }

    /// <summary>One reflection of this account; null for another account's id, or none.</summary>
    public async Task<Reflection?> FindAsync(string userId, long id, CancellationToken ct)
    {
        var entry = await db.JournalEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id && e.UserId == userId, ct);
        return entry is null ? null : Read(entry);
    }

    /// <summary>
    /// The parent's reflections, newest first, narrowed by theme, lesson and words. Theme and lesson narrow in
    /// the query; words are searched after decrypting, in memory, since the database holds only ciphertext
    /// (a parent writes a few hundred entries at most).
    /// </summary>
    public async Task<IReadOnlyList<Reflection>> ListAsync(string userId, JournalFilter filter, CancellationToken ct)
    {
        var query = db.JournalEntries.AsNoTracking().Where(e => e.UserId == userId);

        if (!string.IsNullOrWhiteSpace(filter.ThemeId))
        {
            var lessonIds = catalog.FindTheme(filter.ThemeId.Trim()) is { } theme
                ? catalog.LessonsInTheme(theme.Id).SelectMany(l => l.KnownIds).ToList()
                : [];
            query = query.Where(e => e.LessonId != null && lessonIds.Contains(e.LessonId));
        }

        if (!string.IsNullOrWhiteSpace(filter.LessonId))
        {
            var lessonIds = catalog.FindLesson(filter.LessonId.Trim()) is { } lesson ? lesson.KnownIds : [];
            query = query.Where(e => e.LessonId != null && lessonIds.Contains(e.LessonId));
        }

        var entries = await query.OrderByDescending(e => e.WrittenAt).ThenByDescending(e => e.Id).ToListAsync(ct);
        var reflections = entries.Select(Read).OfType<Reflection>();

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var words = filter.Search.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            reflections = reflections.Where(r => words.All(w => Contains(r.Title, w) || Contains(r.Text, w)));
        }

        return [.. reflections];
    }

    /// <summary>
    /// The sections of one lesson the parent has written about, each with the newest entry's id. Ids only, nothing
    /// to decrypt; an entry stored under a former lesson or section id counts for the current one.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, long>> SectionsWrittenAboutAsync(string userId, Lesson lesson, CancellationToken ct)
    {
        // Matched here, not in SQL: see ReadingProgress.ReadSectionsAsync.
        var entries = await EntriesAboutSections.For(db)(db, userId).ToListAsync(ct);
        var lessonIds = lesson.KnownIds;
        return entries
            .Where(e => lessonIds.Contains(e.LessonId!))
            .Select(e => (Section: lesson.FindSection(e.SectionId!), e.Id))
            .Where(e => e.Section is not null)
            .GroupBy(e => e.Section!.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Max(e => e.Id), StringComparer.Ordinal);
    }

    private sealed record SectionEntry(long Id, string? LessonId, string? SectionId);

    // Every signed-in lesson page with prompts runs it.
    private static readonly CompiledQuery<Func<AppDbContext, string, IAsyncEnumerable<SectionEntry>>> EntriesAboutSections = new(() =>
        EF.CompileAsyncQuery((AppDbContext db, string userId) => db.JournalEntries.AsNoTracking()
            .Where(e => e.UserId == userId && e.LessonId != null && e.SectionId != null)
            .Select(e => new SectionEntry(e.Id, e.LessonId, e.SectionId))));

    /// <summary>
    /// The lesson, section and prompt a reflection answers, looked up in the catalogue (current ids or former
    /// ones). Null when something is given that does not exist, or a section without its lesson, or a prompt
    /// without its section.
    /// </summary>
    public ReflectionContext? FindContext(string? lessonId, string? sectionId, string? promptId)
    {
        if (string.IsNullOrWhiteSpace(lessonId) || catalog.FindLesson(lessonId.Trim()) is not { } lesson)
        {
            return null;
        }

        Section? section = null;
        if (!string.IsNullOrWhiteSpace(sectionId) && (section = lesson.FindSection(sectionId.Trim())) is null)
        {
            return null;
        }

        ReflectionPrompt? prompt = null;
        if (!string.IsNullOrWhiteSpace(promptId)
            && (section is null || (prompt = section.Prompts.FirstOrDefault(p => p.Id == promptId.Trim())) is null))
        {
            return null;
        }

        return new ReflectionContext(lesson, section, prompt);
    }

    private Reflection? Read(JournalEntry entry)
    {
        if (protector.TryUnprotect(entry) is not { } decrypted)
        {
            return null;
        }

        var lesson = entry.LessonId is null ? null : catalog.FindLesson(entry.LessonId);
        var section = lesson is null || entry.SectionId is null ? null : lesson.FindSection(entry.SectionId);
        var prompt = section?.Prompts.FirstOrDefault(p => p.Id == entry.PromptId);
        return new Reflection(entry.Id, decrypted.Title, decrypted.Text, entry.WrittenAt, entry.EditedAt, lesson, section, prompt);
    }

    private Task<long?> FindSubmissionAsync(string userId, string submissionId, CancellationToken ct) =>
        db.JournalEntries.AsNoTracking()
            .Where(e => e.UserId == userId && e.SubmissionId == submissionId)
            .Select(e => (long?)e.Id)
            .SingleOrDefaultAsync(ct);

    private static bool Contains(string? text, string word) =>
        text is not null && text.Contains(word, StringComparison.CurrentCultureIgnoreCase);

    [LoggerMessage(Level = LogLevel.Information, Message = "Journal entry {EntryId} written by account {UserId}")]
    private partial void LogWritten(long entryId, string userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Journal entry {EntryId} edited by account {UserId}")]
    private partial void LogEdited(long entryId, string userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Journal entry {EntryId} deleted by account {UserId}")]
    private partial void LogDeleted(long entryId, string userId);
}
