using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Anknytning.Web.Data;
using Anknytning.Web.Features.Journal;
using Anknytning.Web.Features.Progress;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anknytning.Web.Tests.Features.Account;

public sealed class MyDataTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> GiveDataAsync(string userId, string journalText)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var protector = scope.ServiceProvider.GetRequiredService<JournalProtector>();
        db.SectionsRead.Add(new SectionRead { UserId = userId, LessonId = "heling", SectionId = "relationen-til-omsorgspersonen", ReadAt = DateTimeOffset.UtcNow });
        db.JournalEntries.Add(new JournalEntry
        {
            UserId = userId,
            TitleCiphertext = protector.Protect(userId, "Natten"),
            TextCiphertext = protector.Protect(userId, journalText),
            WrittenAt = DateTimeOffset.UtcNow,
            LessonId = "barnets-behov-av-narhet",
            SectionId = "under-graviditeten",
            SubmissionId = Guid.NewGuid().ToString("N"),
        });
        await db.SaveChangesAsync(Ct);
        return userId;
    }

    [Fact]
    public async Task Download_holds_profile_progress_and_the_journal_as_markdown_and_json()
    {
        var client = await factory.SignedInClientAsync("export@example.se");
        var userId = await UserIdAsync("export@example.se");
        await GiveDataAsync(userId, "Jag tänkte på min egen mamma i natt.");

        using var response = await client.PostFormAsync("/konto/mina-uppgifter", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        await using var stream = await response.Content.ReadAsStreamAsync(Ct);
        using var zip = new ZipArchive(stream);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("konto.md", names);
        Assert.Contains("lasning.md", names);
        Assert.Contains("data.json", names);
        var entryFile = Assert.Single(names, n => n.StartsWith("dagbok/", StringComparison.Ordinal));
        Assert.Contains("Jag tänkte på min egen mamma i natt.", Read(zip, entryFile), StringComparison.Ordinal);
        Assert.Contains("export@example.se", Read(zip, "konto.md"), StringComparison.Ordinal);
        Assert.Contains("Heling i relationen til omsorgspersonen", Read(zip, "lasning.md"), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(Read(zip, "data.json"));
        Assert.Equal("Jag tänkte på min egen mamma i natt.", json.RootElement.GetProperty("journal")[0].GetProperty("text").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("reading").GetArrayLength());
    }

    [Fact]
    public async Task Download_never_holds_another_parents_words()
    {
        var other = await factory.CreateAccountAsync("annan.forälder@example.se");
        await GiveDataAsync(other, "Det här är någon annans hemlighet.");
        var client = await factory.SignedInClientAsync("nyfiken@example.se");

        using var response = await client.PostFormAsync("/konto/mina-uppgifter", []);

        await using var stream = await response.Content.ReadAsStreamAsync(Ct);
        using var zip = new ZipArchive(stream);
        Assert.DoesNotContain(zip.Entries, e => e.FullName.StartsWith("dagbok/", StringComparison.Ordinal));
        Assert.DoesNotContain("någon annans", Read(zip, "data.json"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_the_account_needs_the_password_and_then_leaves_nothing_behind()
    {
        var client = await factory.SignedInClientAsync("radera@example.se");
        var userId = await UserIdAsync("radera@example.se");
        await GiveDataAsync(userId, "Ingen ska kunna läsa det här efteråt.");
        var bystander = await factory.CreateAccountAsync("kvar@example.se");
        await GiveDataAsync(bystander, "Min text ska finnas kvar.");

        using var wrong = await client.PostFormAsync("/konto/radera", new() { ["Input.Password"] = "fel lösenord av misstag" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Ingenting har raderats.", (await wrong.ReadDocumentAsync(Ct)).QuerySelector(".validation-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await CountRowsAsync(userId, "AspNetUsers", "Id"));

        using var right = await client.PostFormAsync("/konto/radera", new() { ["Input.Password"] = Accounts.Password });

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/konto/raderat", right.Headers.Location?.OriginalString);
        foreach (var (table, column) in new[]
        {
            ("AspNetUsers", "Id"), ("AspNetUserClaims", "UserId"), ("AspNetUserLogins", "UserId"),
            ("AspNetUserTokens", "UserId"), ("AspNetUserRoles", "UserId"), ("SectionsRead", "UserId"), ("JournalEntries", "UserId"),
        })
        {
            Assert.Equal(0, await CountRowsAsync(userId, table, column));
        }

        Assert.Equal(1, await CountRowsAsync(bystander, "JournalEntries", "UserId"));
        using var account = await client.GetAsync("/konto", Ct);
        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);
    }

    [Theory]
    [InlineData("/konto/mina-uppgifter")]
    [InlineData("/konto/radera")]
    public async Task Personal_data_pages_ask_for_sign_in(string path)
    {
        using var response = await factory.CreateBrowsingClient().GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/konto/logga-in", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    private async Task<string> UserIdAsync(string email)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(Ct);
    }

    /// <summary>Counts straight from the file, past EF, so nothing the model hides is missed.</summary>
    private async Task<long> CountRowsAsync(string userId, string table, string column)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(factory.DataFolder, "app.db")}");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\" WHERE \"{column}\" = $id";
        command.Parameters.AddWithValue("$id", userId);
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }

    private static string Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }
}
