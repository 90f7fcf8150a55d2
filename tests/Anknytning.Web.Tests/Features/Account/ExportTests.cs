using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Anknytning.Web.Data;
using Anknytning.Web.Features.Journal;
using Anknytning.Web.Tests.Features.ReadingLists;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anknytning.Web.Tests.Features.Account;

/// <summary>"Download my data" survives a damaged entry and speaks the reader's language, file names included.</summary>
public sealed class ExportTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task One_undecryptable_entry_still_gives_a_zip_with_the_other_entries_and_a_note()
    {
        var client = await factory.SignedInClientAsync("trasig@example.se");
        var userId = await UserIdAsync("trasig@example.se");
        await AddEntryAsync(userId, "Första veckan var lång.");
        var broken = await AddEntryAsync(userId, ciphertext: "CfDJ8-inte-längre-läsbar");
        await AddEntryAsync(userId, "Nu sover hon bättre.");

        using var zip = await DownloadAsync(client);

        var files = zip.Entries.Where(e => e.FullName.StartsWith("dagbok/", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, files.Count);
        var texts = files.Select(f => Read(zip, f.FullName)).ToList();
        Assert.Contains(texts, t => t.Contains("Första veckan var lång.", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("Nu sover hon bättre.", StringComparison.Ordinal));
        var note = Read(zip, Assert.Single(files, f => f.FullName.EndsWith($"-{broken}.md", StringComparison.Ordinal)).FullName);
        Assert.Contains("gick inte att dekryptera", note, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(Read(zip, "data.json"));
        var unreadable = Assert.Single(json.RootElement.GetProperty("journal").EnumerateArray(), e => e.GetProperty("unreadable").GetBoolean());
        Assert.Equal(broken, unreadable.GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task A_danish_reader_gets_danish_file_names_and_labels()
    {
        await factory.CreateAccountAsync("mor@example.dk");
        var client = factory.CreateBrowsingClient("da");
        await client.SignInAsync("mor@example.dk", Accounts.Password);
        await AddEntryAsync(await UserIdAsync("mor@example.dk"), "Første nat derhjemme.");

        using var zip = await DownloadAsync(client);

        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("konto.md", names);
        Assert.Contains("laesning.md", names);
        Assert.Single(names, n => n.StartsWith("dagbog/", StringComparison.Ordinal));
        Assert.DoesNotContain(names, n => n.StartsWith("dagbok/", StringComparison.Ordinal) || n == "lasning.md");
        var account = Read(zip, "konto.md");
        Assert.Contains("# Dine data fra Tilknytning", account, StringComparison.Ordinal);
        Assert.Contains("- E-mail: mor@example.dk", account, StringComparison.Ordinal);
        Assert.Contains("Skrevet:", Read(zip, names.Single(n => n.StartsWith("dagbog/", StringComparison.Ordinal))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_lists_are_in_the_export_of_the_visitor_who_made_them_and_the_parent_who_saved_one()
    {
        var visitor = await factory.VisitorClientAsync("bvc-export@example.se");
        var code = await visitor.CodeOnEditPageAsync(await visitor.CreateListAsync(
            "Inför första veckan", "Läs i lugn och ro.", "barnets-behov-av-narhet/fyra-faser", "barnets-behov-av-narhet/behov-av-narhet"));
        var parent = await factory.SignedInClientAsync("sparar-lista@example.se");
        (await parent.SubmitAsync((await parent.GetDocumentAsync($"/l/{code}", Ct)).QuerySelector("form.list-save-form")!)).Dispose();

        using (var parentZip = await DownloadAsync(parent))
        {
            Assert.Contains($"Inför första veckan ({code})", Read(parentZip, "laslistor.md"), StringComparison.Ordinal);
            using var json = JsonDocument.Parse(Read(parentZip, "data.json"));
            Assert.Equal(code, Assert.Single(json.RootElement.GetProperty("savedReadingLists").EnumerateArray()).GetProperty("code").GetString());
            Assert.Empty(json.RootElement.GetProperty("readingLists").EnumerateArray());
        }

        using var visitorZip = await DownloadAsync(visitor);
        var lists = Read(visitorZip, "laslistor.md");
        Assert.Contains($"## Inför första veckan ({code})", lists, StringComparison.Ordinal);
        Assert.Contains("Läs i lugn och ro.", lists, StringComparison.Ordinal);
        Assert.Contains("1. Barnets behov av närhet – ", lists, StringComparison.Ordinal);
        using var visitorJson = JsonDocument.Parse(Read(visitorZip, "data.json"));
        var made = Assert.Single(visitorJson.RootElement.GetProperty("readingLists").EnumerateArray());
        Assert.Equal(2, made.GetProperty("sections").GetArrayLength());
    }

    private static async Task<ZipArchive> DownloadAsync(HttpClient client)
    {
        var page = await client.GetDocumentAsync("/konto/mina-uppgifter", Ct);
        using var response = await client.SubmitAsync(page.QuerySelector("main form")!);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)));
    }

    private async Task<long> AddEntryAsync(string userId, string? text = null, string? ciphertext = null)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var entry = new JournalEntry
        {
            UserId = userId,
            TextCiphertext = ciphertext ?? scope.ServiceProvider.GetRequiredService<JournalProtector>().Protect(userId, text!),
            WrittenAt = DateTimeOffset.UtcNow,
            SubmissionId = Guid.NewGuid().ToString("N"),
        };
        db.JournalEntries.Add(entry);
        await db.SaveChangesAsync(Ct);
        return entry.Id;
    }

    private async Task<string> UserIdAsync(string email)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(Ct);
    }

    private static string Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }
}
