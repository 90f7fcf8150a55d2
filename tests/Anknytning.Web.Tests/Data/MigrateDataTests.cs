using System.Diagnostics;
using System.Net;
using Anknytning.Web.Data;
using Anknytning.Web.Tests.Features.Journal;
using Anknytning.Web.Tests.Features.Progress;
using Anknytning.Web.Tests.Features.ReadingLists;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anknytning.Web.Tests.Data;

/// <summary>
/// A site moves from SQLite to PostgreSQL with <c>dotnet Anknytning.Web.dll migrate-data</c>: the built app as its own
/// process, as an operator runs it. Afterwards parents notice nothing: still signed in, their marks, journal and
/// saved lists where they were.
/// </summary>
public sealed class MigrateDataTests : IAsyncLifetime
{
    private const string LessonId = "barnets-behov-av-narhet";

    private readonly AppFactory old = new();
    private readonly PostgreSqlAppFactory database = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_site_moved_to_PostgreSQL_keeps_accounts_marks_journals_lists_and_sessions()
    {
        // The old site, on SQLite with its keys in folders: a parent reads and writes, a health visitor makes a list.
        var visitor = await old.VisitorClientAsync("bvc@example.se");
        var code = await visitor.CodeOnEditPageAsync(await visitor.CreateListAsync("Första veckan", null, $"{LessonId}/fyra-faser"));
        var jar = new CookieContainer();
        var parent = old.ClientWithCookies(jar);
        await parent.RegisterAsync("flyttar@example.se");

        (await parent.SubmitAsync((await parent.GetDocumentAsync($"/lektion/{LessonId}", Ct)).SectionForm("fyra-faser"), Ct)).Dispose();
        var entryId = await parent.WriteEntryAsync("Natten", "Hon somnade först vid fyra.");
        (await parent.SubmitAsync((await parent.GetDocumentAsync($"/l/{code}", Ct)).QuerySelector("form.list-save-form")!, Ct)).Dispose();

        var (exit, output, errors) = await MigrateDataAsync();

        Assert.True(exit == 0, errors);
        Assert.Contains("AspNetUsers: 2 row(s)", output, StringComparison.Ordinal);
        Assert.Contains("migrate-data: done; all 1 journal entries read back", output, StringComparison.Ordinal);

        // The new site, on PostgreSQL with the keys in the database and an empty keys folder of its own.
        await using var moved = database.WithWebHostBuilder(builder => builder
            .UseSetting("DataProtection:Store", "Database")
            .UseSetting("DataProtection:KeysPath", Path.Combine(database.DataFolder, "new-keys")));
        var same = moved.ClientWithCookies(jar);

        // Still signed in with the old site's cookie: the shared key ring came along.
        var account = await same.GetDocumentAsync("/konto", Ct);
        Assert.Contains("flyttar@example.se", account.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        var lesson = await same.GetDocumentAsync($"/lektion/{LessonId}", Ct);
        Assert.Equal(["fyra-faser-rubrik"], lesson.QuerySelectorAll("form.mark-read.is-read").Select(f => f.Closest("section")?.GetAttribute("aria-labelledby")));
        var entry = await same.GetDocumentAsync($"/dagbok/{entryId}", Ct);
        Assert.Equal("Natten", entry.QuerySelector("h1")?.TextContent);
        Assert.Contains("somnade först vid fyra", entry.QuerySelector(".journal-text")?.TextContent, StringComparison.Ordinal);
        var mine = await same.GetDocumentAsync("/min-lasning", Ct);
        Assert.Equal($"/l/{code}", mine.QuerySelector(".saved-list a")?.GetAttribute("href"));

        // New rows get new ids after the copied ones, and the password still signs in.
        var next = await same.WriteEntryAsync(null, "Första natten på den nya servern.");
        Assert.True(next > entryId);
        var again = moved.ClientWithCookies(new CookieContainer());
        await again.SignInAsync("flyttar@example.se", Accounts.Password);
        Assert.Equal(2, (await again.GetDocumentAsync("/dagbok", Ct)).QuerySelectorAll("article").Length);

        // A second run refuses: the new database is in use now.
        var (second, _, refused) = await MigrateDataAsync();
        Assert.Equal(1, second);
        Assert.StartsWith("migrate-data failed: the PostgreSQL database already holds data", refused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_data_into_SQLite_exits_1_with_one_line_and_copies_nothing()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var code = await MigrateDataCommand.RunAsync(old.Services, [MigrateDataCommand.Name, "--from", "Data Source=elsewhere.db"], output, errors);

        Assert.Equal(1, code);
        Assert.StartsWith("migrate-data failed: it copies into the configured PostgreSQL database", errors.ToString(), StringComparison.Ordinal);
        Assert.Equal("", output.ToString());
    }

    [Fact]
    public async Task Migrate_data_from_a_missing_file_exits_1_and_names_the_file()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var missing = Path.Combine(old.DataFolder, "no-such.db");

        var code = await MigrateDataCommand.RunAsync(database.Services, [MigrateDataCommand.Name, "--from", $"Data Source={missing}"], output, errors);

        Assert.Equal(1, code);
        Assert.Equal($"migrate-data failed: there is no SQLite database at {missing}.", errors.ToString().Trim());
        Assert.False(File.Exists(missing));
    }

    [Theory]
    [InlineData("--from")]
    [InlineData("--to", "x")]
    public async Task Migrate_data_without_a_source_prints_its_usage(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var code = await MigrateDataCommand.RunAsync(old.Services, [MigrateDataCommand.Name, .. args], output, errors);

        Assert.Equal(2, code);
        Assert.StartsWith("Usage: migrate-data --from", errors.ToString(), StringComparison.Ordinal);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await old.DisposeAsync();
        await database.DisposeAsync();
    }

    /// <summary>
    /// The command as an operator runs it in the published folder: the new site's settings in the environment, the
    /// old database and key folders from the old site's data folder.
    /// </summary>
    private async Task<(int Code, string Output, string Errors)> MigrateDataAsync()
    {
        var start = BuiltApp.StartInfo("Testing", database.DataFolder);
        start.Environment["Database__Provider"] = "PostgreSQL";
        start.Environment["ConnectionStrings__Default"] = database.ConnectionString;
        start.Environment["DataProtection__Store"] = "Database";
        start.Environment["DataProtection__KeysPath"] = Path.Combine(old.DataFolder, "keys");
        foreach (var argument in new[] { MigrateDataCommand.Name, "--from", $"Data Source={Path.Combine(old.DataFolder, "app.db")}" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(Ct);
        var errors = process.StandardError.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
        return (process.ExitCode, await output, await errors);
    }
}
