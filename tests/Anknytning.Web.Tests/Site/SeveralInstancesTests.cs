using System.Net;
using Anknytning.Content;
using Anknytning.Web.Data;
using Anknytning.Web.Tests.Features.Journal;
using Anknytning.Web.Tests.Features.Progress;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace Anknytning.Web.Tests.Site;

/// <summary>
/// Two instances of the app behind a load balancer: two hosts, each with its own services and key cache, on one
/// PostgreSQL database that also holds the keys (DataProtection:Store = Database). Whichever answers, a reader
/// notices nothing.
/// </summary>
public sealed class SeveralInstancesTests : IAsyncLifetime
{
    private const string LessonId = "barnets-behov-av-narhet";

    private readonly PostgreSqlAppFactory database = new();
    private readonly ErrorLog log = new();
    private WebApplicationFactory<Program> a = default!;
    private WebApplicationFactory<Program> b = default!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        a = Instance("a");
        // A makes the keys (its first request); B, started after it, reads them from the database.
        using (var first = await a.CreateClient().GetAsync("/konto/logga-in", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        b = Instance("b");
        using var second = await b.CreateClient().GetAsync("/konto/logga-in", Ct);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task A_reader_notices_nothing_of_which_instance_answers()
    {
        var jar = new CookieContainer();
        var toA = a.ClientWithCookies(jar);
        var toB = b.ClientWithCookies(jar);

        // Registers on A.
        await toA.RegisterAsync("tva-servrar@example.se");

        // The cookie A issued works on B.
        var account = await toB.GetDocumentAsync("/konto", Ct);
        Assert.Contains("tva-servrar@example.se", account.QuerySelector("main")?.TextContent, StringComparison.Ordinal);

        // A section marked on B (with the form and token A rendered) shows as read on A.
        var lessonFromA = await toA.GetDocumentAsync($"/lektion/{LessonId}", Ct);
        using (var marked = await toB.SubmitAsync(lessonFromA.SectionForm("fyra-faser"), Ct))
        {
            Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        }

        var read = (await toA.GetDocumentAsync($"/lektion/{LessonId}", Ct)).QuerySelectorAll("form.mark-read.is-read");
        Assert.Equal(["fyra-faser-rubrik"], read.Select(f => f.Closest("section")?.GetAttribute("aria-labelledby")));

        // A journal entry written on A reads on B: the journal's own key ring is shared too.
        var id = await toA.WriteEntryAsync("Två servrar", "Skrivet på den ena, läst på den andra.");
        var entry = await toB.GetDocumentAsync($"/dagbok/{id}", Ct);
        Assert.Equal("Två servrar", entry.QuerySelector("h1")?.TextContent);
        Assert.Contains("läst på den andra", entry.QuerySelector(".journal-text")?.TextContent, StringComparison.Ordinal);

        // Signing out on B ends the session on A, for a copy of the cookie too.
        var copy = new CookieContainer();
        foreach (Cookie cookie in jar.GetAllCookies())
        {
            copy.Add(new Cookie(cookie.Name, cookie.Value, cookie.Path, cookie.Domain));
        }

        var copyOnA = a.ClientWithCookies(copy);
        using (var signedOut = await toB.PostFormAsync("/konto/logga-ut", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        }

        using var after = await copyOnA.GetAsync("/dagbok", Ct);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/konto/logga-in", after.Headers.Location?.AbsolutePath);
        Assert.Empty(log.Errors);
    }

    [Fact]
    public async Task Fifty_readers_writing_at_once_through_both_instances_lose_no_write()
    {
        const int Readers = 50;
        var emails = Enumerable.Range(0, Readers).Select(i => $"last-{i}@example.se").ToList();
        var userIds = await Task.WhenAll(emails.Select(email => database.CreateAccountAsync(email)));
        var sections = a.Services.GetRequiredService<ILessonCatalog>().FindLesson(LessonId)!.Sections.Take(3).Select(s => s.Id).ToList();

        // Like a round-robin load balancer: each request goes to the other instance than the one before.
        var acknowledged = await Task.WhenAll(emails.Select((email, reader) => Task.Run(
            async () =>
            {
                var jar = new CookieContainer();
                HttpClient[] instances = [a.ClientWithCookies(jar), b.ClientWithCookies(jar)];
                var turn = reader;
                HttpClient Next() => instances[turn++ % 2];

                await Next().SignInAsync(email, Accounts.Password);
                var (marks, entries) = (0, 0);
                var page = await Next().GetDocumentAsync($"/lektion/{LessonId}", Ct);
                foreach (var section in sections)
                {
                    using var response = await Next().SubmitAsync(page.SectionForm(section), Ct);
                    marks += response.StatusCode == HttpStatusCode.Redirect ? 1 : 0;
                }

                for (var i = 0; i < 2; i++)
                {
                    await Next().WriteEntryAsync(null, $"Anteckning {i} från läsare {reader}.");
                    entries++;
                }

                return (Marks: marks, Entries: entries);
            },
            Ct)));

        Assert.All(acknowledged, count => Assert.Equal((3, 2), count));
        using var scope = a.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(Readers * 3, await db.SectionsRead.CountAsync(r => userIds.Contains(r.UserId), Ct));
        Assert.Equal(Readers * 2, await db.JournalEntries.CountAsync(e => userIds.Contains(e.UserId), Ct));
        Assert.Empty(log.Errors);
    }

    public async ValueTask DisposeAsync() => await database.DisposeAsync();

    private WebApplicationFactory<Program> Instance(string name) => database.WithWebHostBuilder(builder => builder
        .UseSetting("DataProtection:Store", "Database")
        // Each instance its own keys folder, as on two machines: only the database can share the keys.
        .UseSetting("DataProtection:KeysPath", Path.Combine(database.DataFolder, name, "keys"))
        .ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(log)));
}
