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

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, text["ExportFileAccount"], AccountMarkdown(account));
            Add(zip, text["ExportFileReading"], ReadingMarkdown(reading.Select(r => (r.LessonId, r.SectionId, r.ReadAt)).ToList()));
            foreach (var entry in entries)
            {
                Add(zip, $"{text["ExportFolderJournal"]}/{entry.WrittenAt.UtcDateTime:yyyy-MM-dd}-{entry.Id}.md", EntryMarkdown(entry));
            }

            Add(zip, "data.json", JsonSerializer.Serialize(
                new
                {
                    account = new { account.Id, account.Email, account.CreatedAt, account.DueDate, account.BirthDate },
                    reading,
                    journal = entries,
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
