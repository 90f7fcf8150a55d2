using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Anknytning.Content;
using Anknytning.Web.Data;
using Anknytning.Web.Features.Journal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Anknytning.Web.Features.Account;

/// <summary>
/// "Download my data": everything the app holds about one account, as readable Markdown files plus one JSON
/// file, in a ZIP, named and labelled in the reader's language. Journal text is decrypted for its owner only;
/// an entry that cannot be decrypted is listed with a note instead of failing the whole download.
/// </summary>
public sealed class PersonalDataExport(
    AppDbContext db,
    JournalProtector protector,
    ILessonCatalog catalog,
    IStringLocalizer<AccountText> text)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public async Task<byte[]> ZipAsync(string userId, CancellationToken ct)
    {
        var account = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId, ct);
        var reading = await db.SectionsRead.AsNoTracking()
            .Where(r => r.UserId == userId)
            .OrderBy(r => r.ReadAt)
            .Select(r => new { r.LessonId, r.SectionId, r.ReadAt })
            .ToListAsync(ct);
        var rows = await db.JournalEntries.AsNoTracking()
            .Where(e => e.UserId == userId)
            .OrderBy(e => e.WrittenAt)
            .ToListAsync(ct);
        var entries = rows.Select(e => (Row: e, Decrypted: protector.TryUnprotect(e)))
            .Select(e => new ExportedEntry(
                e.Row.Id,
                e.Decrypted?.Title,
                e.Decrypted?.Text,
                e.Decrypted is null,
                e.Row.WrittenAt,
                e.Row.EditedAt,
                e.Row.LessonId,
                e.Row.SectionId,
                e.Row.PromptId))
            .ToList();

        // A parent's saved lists, and a health visitor's own lists with their sections and notes.
        var saved = await db.SavedReadingLists.AsNoTracking()
            .Where(l => l.UserId == userId)
            .OrderBy(l => l.SavedAt)
            .Join(db.ReadingLists, l => l.ReadingListId, list => list.Id, (l, list) => new ExportedSavedList(list.Code, list.Title, l.SavedAt))
            .ToListAsync(ct);
        var made = await db.ReadingLists.AsNoTracking()
            .Where(l => l.OwnerId == userId)
            .OrderBy(l => l.CreatedAt)
            .Select(l => new ExportedList(
                l.Code,
                l.Title,
                l.Note,
                l.CreatedAt,
                l.RetiredAt,
                l.Items.OrderBy(i => i.Position).Select(i => new ExportedListSection(i.LessonId, i.SectionId, i.Note)).ToList()))
            .ToListAsync(ct);

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, text["ExportFileAccount"], AccountMarkdown(account));
            Add(zip, text["ExportFileReading"], ReadingMarkdown(reading.Select(r => (r.LessonId, r.SectionId, r.ReadAt)).ToList()));
            foreach (var entry in entries)
            {
                Add(zip, $"{text["ExportFolderJournal"]}/{entry.WrittenAt.UtcDateTime:yyyy-MM-dd}-{entry.Id}.md", EntryMarkdown(entry));
            }

            if (saved.Count > 0 || made.Count > 0)
            {
                Add(zip, text["ExportFileLists"], ListsMarkdown(saved, made));
            }

            Add(zip, "data.json", JsonSerializer.Serialize(
                new
                {
                    account = new { account.Id, account.Email, account.CreatedAt, account.DueDate, account.BirthDate },
                    reading,
                    journal = entries,
                    savedReadingLists = saved,
                    readingLists = made,
                },
                Json));
        }

        return buffer.ToArray();
    }

    private string AccountMarkdown(UserAccount account)
    {
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"# {text["ExportReadmeTitle"]}\n\n## {text["ExportAccount"]}\n\n");
        md.Append(CultureInfo.InvariantCulture, $"- {text["ExportEmail"]}: {account.Email}\n");
        md.Append(CultureInfo.InvariantCulture, $"- {text["ExportCreated"]}: {account.CreatedAt:yyyy-MM-dd}\n");
        if (account.DueDate is { } due)
        {
            md.Append(CultureInfo.InvariantCulture, $"- {text["ExportDueDate"]}: {due:yyyy-MM-dd}\n");
        }

        if (account.BirthDate is { } birth)
        {
            md.Append(CultureInfo.InvariantCulture, $"- {text["ExportBirthDate"]}: {birth:yyyy-MM-dd}\n");
        }

        return md.ToString();
    }

    private string ReadingMarkdown(List<(string LessonId, string SectionId, DateTimeOffset ReadAt)> reading)
    {
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"# {text["ExportReading"]}\n\n");
        if (reading.Count == 0)
        {
            md.Append(text["ExportNone"]).Append('\n');
        }

        foreach (var (lessonId, sectionId, readAt) in reading)
        {
            var lesson = catalog.FindLesson(lessonId);
            var section = lesson?.FindSection(sectionId);
            md.Append(CultureInfo.InvariantCulture, $"- {readAt:yyyy-MM-dd}: {lesson?.Title ?? lessonId} – {section?.Title ?? sectionId}\n");
        }

        return md.ToString();
    }

    private string ListsMarkdown(List<ExportedSavedList> saved, List<ExportedList> made)
    {
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"# {text["ExportLists"]}\n");
        if (saved.Count > 0)
        {
            md.Append(CultureInfo.InvariantCulture, $"\n## {text["ExportSavedLists"]}\n\n");
            foreach (var list in saved)
            {
                md.Append(CultureInfo.InvariantCulture, $"- {list.SavedAt:yyyy-MM-dd}: {list.Title} ({list.Code})\n");
            }
        }

        foreach (var list in made)
        {
            md.Append(CultureInfo.InvariantCulture, $"\n## {list.Title} ({list.Code})\n\n");
            md.Append(CultureInfo.InvariantCulture, $"{text["ExportCreated"]}: {list.CreatedAt:yyyy-MM-dd}\n");
            if (list.RetiredAt is { } retired)
            {
                md.Append(CultureInfo.InvariantCulture, $"{text["ExportRetired"]}: {retired:yyyy-MM-dd}\n");
            }

            if (list.Note is { Length: > 0 } note)
            {
                md.Append('\n').Append(note).Append('\n');
            }

            md.Append('\n');
            foreach (var (index, section) in list.Sections.Index())
            {
                var lesson = catalog.FindLesson(section.LessonId);
                var title = lesson?.FindSection(section.SectionId)?.Title ?? section.SectionId;
                md.Append(CultureInfo.InvariantCulture, $"{index + 1}. {lesson?.Title ?? section.LessonId} – {title}");
                md.Append(section.Note is { Length: > 0 } sectionNote ? $": {sectionNote}\n" : "\n");
            }
        }

        return md.ToString();
    }

    private string EntryMarkdown(ExportedEntry entry)
    {
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"# {entry.Title ?? text["ExportJournal"]}\n\n");
        md.Append(CultureInfo.InvariantCulture, $"{text["ExportWritten"]}: {entry.WrittenAt:yyyy-MM-dd HH:mm} UTC\n");
        if (entry.EditedAt is { } edited)
        {
            md.Append(CultureInfo.InvariantCulture, $"{text["ExportEdited"]}: {edited:yyyy-MM-dd HH:mm} UTC\n");
        }

        if (entry.LessonId is { } lessonId && catalog.FindLesson(lessonId) is { } lesson)
        {
            var section = entry.SectionId is null ? null : lesson.FindSection(entry.SectionId);
            md.Append(CultureInfo.InvariantCulture, $"{text["ExportAbout"]}: {lesson.Title}{(section is null || section.Title == lesson.Title ? "" : " – " + section.Title)}\n");
        }

        md.Append('\n').Append(entry.Unreadable ? $"*{text["ExportUnreadable"]}*" : entry.Text).Append('\n');
        return md.ToString();
    }

    private static void Add(ZipArchive zip, string name, string content)
    {
        var file = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var writer = new StreamWriter(file.Open(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.Write(content);
    }

    private sealed record ExportedSavedList(string Code, string Title, DateTimeOffset SavedAt);

    private sealed record ExportedList(string Code, string Title, string? Note, DateTimeOffset CreatedAt, DateTimeOffset? RetiredAt, List<ExportedListSection> Sections);

    private sealed record ExportedListSection(string LessonId, string SectionId, string? Note);

    private sealed record ExportedEntry(
        long Id,
        string? Title,
        string? Text,
        bool Unreadable,
        DateTimeOffset WrittenAt,
        DateTimeOffset? EditedAt,
        string? LessonId,
        string? SectionId,
        string? PromptId);
}
