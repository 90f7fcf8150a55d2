using System.Net;
using Anknytning.Web.Data;
using Anknytning.Web.Features.Account;
using Anknytning.Web.Tests.Features.Progress;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anknytning.Web.Tests.Features.Account;

/// <summary>Signing out, and a copied cookie that stops working the moment it should.</summary>
public abstract class SessionTests(AppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string NewEmail(string name) => $"{name}-{Guid.NewGuid():N}@example.se";

    [Theory]
    [InlineData("/")]
    [InlineData("/lektion/barnets-behov-av-narhet")]
    [InlineData("/min-lasning")]
    [InlineData("/dagbok")]
    [InlineData("/konto")]
    public async Task The_headers_sign_out_button_signs_out(string path)
    {
        var client = await SignedInAsync(NewEmail("rubrik"));
        var page = await client.GetDocumentAsync(path, Ct);

        using var response = await client.SubmitAsync(page.QuerySelector("header form.sign-out-form")!);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await AssertSignedOutAsync(client);
    }

    [Fact]
    public async Task The_sign_out_button_on_the_account_page_signs_out()
    {
        var client = await SignedInAsync(NewEmail("konto"));
        var page = await client.GetDocumentAsync("/konto", Ct);

        using var response = await client.SubmitAsync(page.QuerySelector("main form")!);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await AssertSignedOutAsync(client);
    }

    [Fact]
    public async Task The_sign_out_page_signs_out()
    {
        var client = await SignedInAsync(NewEmail("sida"));
        var page = await client.GetDocumentAsync("/konto/logga-ut", Ct);

        using var response = await client.SubmitAsync(page.QuerySelector("main form")!);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await AssertSignedOutAsync(client);
    }

    [Fact]
    public async Task A_copied_cookie_stops_working_when_its_device_signs_out()
    {
        var client = await SignedInAsync(NewEmail("kopia"));
        var copy = await CopyOfAsync(client);
        using (var before = await copy.GetAsync("/dagbok", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await client.PostFormAsync("/konto/logga-ut", []);

        using var after = await copy.GetAsync("/dagbok", Ct);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/konto/logga-in", after.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task Signing_out_on_one_device_keeps_the_others_signed_in()
    {
        var email = NewEmail("tva-enheter");
        var phone = await SignedInAsync(email);
        var laptop = await SignedInAsync(email, createAccount: false);

        await phone.PostFormAsync("/konto/logga-ut", []);

        using var response = await laptop.GetAsync("/dagbok", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_password_change_signs_out_every_other_device_at_once_but_not_this_one()
    {
        var email = NewEmail("nytt-losen");
        var phone = await SignedInAsync(email);
        var stolen = await CopyOfAsync(phone);
        var laptop = await SignedInAsync(email, createAccount: false);

        using var changed = await laptop.PostFormAsync("/konto/losenord", new()
        {
            ["Input.CurrentPassword"] = Accounts.Password,
            ["Input.NewPassword"] = "ett helt nytt lösenord",
            ["Input.ConfirmPassword"] = "ett helt nytt lösenord",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        foreach (var other in new[] { phone, stolen })
        {
            using var response = await other.GetAsync("/dagbok", Ct);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        using var stillHere = await laptop.GetAsync("/dagbok", Ct);
        Assert.Equal(HttpStatusCode.OK, stillHere.StatusCode);
    }

    [Fact]
    public async Task A_changed_security_stamp_signs_a_device_out_at_identitys_next_check()
    {
        var clock = new FixedClock(DateTimeOffset.UtcNow);
        using var app = WithClock(clock);
        var email = NewEmail("stampel");
        var client = await SignedInAsync(email, on: app);

        // Changed behind the reader's back, as an administrator's change would; the session itself stays on record.
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
            await users.UpdateSecurityStampAsync((await users.FindByEmailAsync(email))!);
        }

        clock.Now += TimeSpan.FromMinutes(10);
        using (var early = await client.GetAsync("/dagbok", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        }

        clock.Now += TimeSpan.FromMinutes(25);
        using var due = await client.GetAsync("/dagbok", Ct);
        Assert.Equal(HttpStatusCode.Redirect, due.StatusCode);
        Assert.Equal("/konto/logga-in", due.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task An_unchanged_security_stamp_keeps_the_reader_signed_in_check_after_check()
    {
        var clock = new FixedClock(DateTimeOffset.UtcNow);
        using var app = WithClock(clock);
        var client = await SignedInAsync(NewEmail("stampel-kvar"), on: app);

        // Each check renews the cookie; the renewed one must keep its session, or the next request is refused.
        foreach (var _ in Enumerable.Range(0, 3))
        {
            clock.Now += TimeSpan.FromMinutes(31);
            using var response = await client.GetAsync("/dagbok", Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    /// <summary>The same app and database on a clock the test moves: the sign-in cookie and Identity's checks follow it.</summary>
    private WebApplicationFactory<Program> WithClock(TimeProvider clock) =>
        factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton(clock)));

    [Fact]
    public async Task A_deleted_accounts_cookie_is_refused_and_its_posts_never_error()
    {
        var client = await SignedInAsync(NewEmail("raderad"));
        var copy = await CopyOfAsync(client);
        var lesson = await copy.GetDocumentAsync("/lektion/barnets-behov-av-narhet", Ct);
        var markForm = lesson.QuerySelector("form.mark-read")!;
        var write = await copy.GetDocumentAsync("/dagbok/skriv", Ct);
        var journalForm = write.QuerySelector("form.journal-form")!;
        // Other tests of this class write entries in the same database; count what this one adds.
        var entriesBefore = await EntryCountAsync();

        using (var deleted = await client.PostFormAsync("/konto/radera", new() { ["Input.Password"] = Accounts.Password }))
        {
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        }

        using var mark = await copy.SubmitAsync(markForm);
        using var written = await copy.SubmitAsync(journalForm, new Dictionary<string, string> { ["Input.Text"] = "Efter raderingen" });
        using var journal = await copy.GetAsync("/dagbok", Ct);

        Assert.True((int)mark.StatusCode < 500, $"mark answered {(int)mark.StatusCode}");
        Assert.True((int)written.StatusCode < 500, $"journal post answered {(int)written.StatusCode}");
        Assert.Equal(HttpStatusCode.Redirect, journal.StatusCode);
        Assert.Equal(entriesBefore, await EntryCountAsync());

        async Task<int> EntryCountAsync()
        {
            using var scope = factory.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<AppDbContext>().JournalEntries.CountAsync(Ct);
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/lektion/barnets-behov-av-narhet")]
    [InlineData("/konto")]
    [InlineData("/konto/mina-uppgifter")]
    [InlineData("/min-lasning")]
    [InlineData("/dagbok")]
    [InlineData("/dagbok/skriv")]
    public async Task Pages_for_a_signed_in_reader_are_never_stored_by_the_browser(string path)
    {
        var client = await SignedInAsync(NewEmail("cache"));

        using var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, $"{path} may be cached: {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task A_journal_entry_and_the_data_download_are_never_stored_by_the_browser()
    {
        var client = await SignedInAsync(NewEmail("cache-post"));
        var write = await client.GetDocumentAsync("/dagbok/skriv", Ct);
        using var written = await client.SubmitAsync(write.QuerySelector("form.journal-form")!, new Dictionary<string, string> { ["Input.Text"] = "Hemligt" });
        var entry = written.Headers.Location!.OriginalString;

        using var entryPage = await client.GetAsync(entry, Ct);
        using var export = await client.PostFormAsync("/konto/mina-uppgifter", []);

        Assert.True(entryPage.Headers.CacheControl?.NoStore);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.True(export.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task An_anonymous_lesson_may_be_cached()
    {
        using var response = await factory.CreateBrowsingClient().GetAsync("/lektion/barnets-behov-av-narhet", Ct);

        Assert.NotEqual(true, response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Remember_me_starts_unticked_and_says_what_it_does()
    {
        var page = await factory.CreateBrowsingClient("da").GetDocumentAsync("/konto/logga-in", Ct);

        var box = page.QuerySelector("input[type=checkbox][name='Input.RememberMe']")!;
        Assert.False(box.HasAttribute("checked"));
        var hint = page.GetElementById(box.GetAttribute("aria-describedby")!.Split(' ')[0]);
        Assert.Contains("30 dage", hint?.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Only_remember_me_keeps_the_sign_in_after_the_browser_closes(bool remember)
    {
        var email = NewEmail("minns");
        await factory.CreateAccountAsync(email);
        var client = factory.CreateBrowsingClient("sv");

        using var response = await client.PostFormAsync("/konto/logga-in", new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Accounts.Password,
            ["Input.RememberMe"] = remember ? "true" : "false",
        });

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("anknytning.auth=", StringComparison.Ordinal));
        Assert.Equal(remember, cookie.Contains("expires=", StringComparison.OrdinalIgnoreCase));
    }

    private static async Task AssertSignedOutAsync(HttpClient client)
    {
        using var account = await client.GetAsync("/konto", Ct);
        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);
        var home = await client.GetDocumentAsync("/", Ct);
        Assert.Null(home.QuerySelector("form.sign-out-form"));
    }

    /// <summary>Another client holding the same cookies, as a copied or stolen cookie would be presented.</summary>
    private async Task<HttpClient> CopyOfAsync(HttpClient client)
    {
        using var probe = await client.GetAsync("/konto", Ct);
        Assert.Equal(HttpStatusCode.OK, probe.StatusCode);
        var copy = new CookieContainer();
        foreach (Cookie cookie in jars[client].GetAllCookies())
        {
            copy.Add(new Cookie(cookie.Name, cookie.Value, cookie.Path, cookie.Domain));
        }

        return ClientWith(copy);
    }

    private readonly Dictionary<HttpClient, CookieContainer> jars = [];

    private HttpClient ClientWith(CookieContainer jar, WebApplicationFactory<Program>? on = null)
    {
        var client = (on ?? factory).CreateDefaultClient(new CookieContainerHandler(jar));
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("sv");
        jars[client] = jar;
        return client;
    }

    /// <summary>A signed-in client whose cookies the test can copy; on the class's app, or <paramref name="on"/> one made from it.</summary>
    private async Task<HttpClient> SignedInAsync(string email, bool createAccount = true, WebApplicationFactory<Program>? on = null)
    {
        if (createAccount)
        {
            await factory.CreateAccountAsync(email);
        }

        var client = ClientWith(new CookieContainer(), on);
        await client.SignInAsync(email, Accounts.Password);
        return client;
    }
}

/// <summary>On SQLite, the default provider.</summary>
public sealed class SessionTestsOnSqlite(AppFactory factory) : SessionTests(factory), IClassFixture<AppFactory>;

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class SessionTestsOnPostgreSql(PostgreSqlAppFactory factory) : SessionTests(factory), IClassFixture<PostgreSqlAppFactory>;
