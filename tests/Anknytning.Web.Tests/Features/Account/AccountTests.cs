using System.Collections.Concurrent;
using System.Net;
using Anknytning.Web.Features.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Anknytning.Web.Tests.Features.Account;

public abstract class AccountTests(AppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string> Registration(string email, string password = Accounts.Password, string? confirm = null) => new()
    {
        ["Input.Email"] = email,
        ["Input.Password"] = password,
        ["Input.ConfirmPassword"] = confirm ?? password,
    };

    [Fact]
    public async Task Registering_signs_in_and_returns_to_the_lesson_the_reader_came_from()
    {
        var client = factory.CreateBrowsingClient("sv");

        using var response = await client.PostFormAsync(
            "/konto/ny?returnUrl=%2Flektion%2Fheling", Registration("ny.forälder@example.se"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/lektion/heling", response.Headers.Location?.OriginalString);
        var page = await client.GetDocumentAsync("/konto", Ct);
        Assert.Contains("ny.forälder@example.se", page.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registration_with_mistakes_comes_back_with_what_was_typed_and_says_why()
    {
        var client = factory.CreateBrowsingClient("sv");

        using var response = await client.PostFormAsync("/konto/ny", Registration("inte-en-adress", "kort", "annat"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync(Ct);
        Assert.Equal("inte-en-adress", page.QuerySelector("input[name='Input.Email']")?.GetAttribute("value"));
        var errors = page.QuerySelector(".validation-summary")?.TextContent ?? "";
        Assert.Contains("Skriv en giltig e-postadress", errors, StringComparison.Ordinal);
        Assert.Contains("Lösenord behöver vara minst 10 tecken.", errors, StringComparison.Ordinal);
        Assert.Contains("Lösenorden är inte likadana.", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_reader_is_welcomed_once_on_the_page_they_return_to()
    {
        var client = factory.CreateBrowsingClient("sv");
        using var response = await client.PostFormAsync(
            "/konto/ny?returnUrl=%2Flektion%2Fheling", Registration($"valkommen-{Guid.NewGuid():N}@example.se"));

        var lesson = await client.GetDocumentAsync("/lektion/heling", Ct);
        var welcome = lesson.QuerySelector("main .welcome[role=status]");
        Assert.Contains("Välkommen!", welcome?.TextContent, StringComparison.Ordinal);
        Assert.Equal(["/min-lasning", "/dagbok"], welcome!.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Null((await client.GetDocumentAsync("/lektion/heling", Ct)).QuerySelector(".welcome"));
    }

    [Fact]
    public async Task Registration_errors_speak_danish_to_a_danish_reader()
    {
        var client = factory.CreateBrowsingClient("da");

        using var response = await client.PostFormAsync("/konto/ny", Registration("mor@example.dk", "kort"));

        var page = await response.ReadDocumentAsync(Ct);
        Assert.Equal("mor@example.dk", page.QuerySelector("input[name='Input.Email']")?.GetAttribute("value"));
        Assert.Contains("Adgangskode skal være på mindst 10 tegn.", page.QuerySelector(".validation-summary")?.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/konto/ny", "#password-hint", "sv", "Minst 10 tecken.")]
    [InlineData("/konto/ny", "#password-hint", "da", "Mindst 10 tegn.")]
    [InlineData("/konto/nytt-losenord?konto=x&kod=y", "#new-hint", "sv", "Minst 10 tecken.")]
    public async Task The_password_hint_states_the_length_the_form_requires(string path, string selector, string language, string hint)
    {
        var page = await factory.CreateBrowsingClient(language).GetDocumentAsync(path, Ct);

        Assert.StartsWith(hint, page.QuerySelector(selector)?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_address_can_only_have_one_account()
    {
        await factory.CreateAccountAsync("redan@example.se");

        using var response = await factory.CreateBrowsingClient("sv").PostFormAsync("/konto/ny", Registration("redan@example.se"));

        var page = await response.ReadDocumentAsync(Ct);
        Assert.Contains("Det finns redan ett konto med den e-postadressen.", page.QuerySelector(".validation-summary")?.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.com/")]
    [InlineData("//example.com")]
    public async Task Sign_in_never_returns_to_another_site(string returnUrl)
    {
        await factory.CreateAccountAsync($"retur{returnUrl.Length}@example.se");
        var client = factory.CreateBrowsingClient("sv");

        using var response = await client.PostFormAsync($"/konto/logga-in?returnUrl={Uri.EscapeDataString(returnUrl)}", new()
        {
            ["Input.Email"] = $"retur{returnUrl.Length}@example.se",
            ["Input.Password"] = Accounts.Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Wrong_password_is_refused_with_a_message_and_the_address_kept()
    {
        await factory.CreateAccountAsync("glomsk@example.se");

        using var response = await factory.CreateBrowsingClient("sv").PostFormAsync("/konto/logga-in", new()
        {
            ["Input.Email"] = "glomsk@example.se",
            ["Input.Password"] = "fel lösenord helt och hållet",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync(Ct);
        Assert.Contains("E-postadressen eller lösenordet stämmer inte.", page.QuerySelector(".validation-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("glomsk@example.se", page.QuerySelector("input[name='Input.Email']")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        await factory.CreateAccountAsync("last@example.se");
        var client = factory.CreateBrowsingClient("sv");
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await client.PostFormAsync("/konto/logga-in", new() { ["Input.Email"] = "last@example.se", ["Input.Password"] = $"fel nummer {i} av fem" });
        }

        using var right = await client.PostFormAsync("/konto/logga-in", new() { ["Input.Email"] = "last@example.se", ["Input.Password"] = Accounts.Password });

        // Still refused, and in the very words an unknown address gets: a lockout must not confirm an account.
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        var page = await right.ReadDocumentAsync(Ct);
        using var unknown = await client.PostFormAsync("/konto/logga-in", new() { ["Input.Email"] = "ingen-alls@example.se", ["Input.Password"] = Accounts.Password });
        var unknownPage = await unknown.ReadDocumentAsync(Ct);
        Assert.Equal(unknownPage.QuerySelector(".validation-summary")?.TextContent, page.QuerySelector(".validation-summary")?.TextContent);
        Assert.Null(right.Headers.Location);
    }

    [Theory]
    [InlineData("/konto")]
    [InlineData("/konto/losenord")]
    [InlineData("/konto/logga-ut")]
    public async Task Account_pages_ask_for_sign_in_and_come_back(string path)
    {
        using var response = await factory.CreateBrowsingClient().GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/konto/logga-in?ReturnUrl={Uri.EscapeDataString(path)}", response.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task Sign_in_cookie_is_http_only_and_same_site_lax()
    {
        await factory.CreateAccountAsync("kaka@example.se");
        using var response = await factory.CreateBrowsingClient().PostFormAsync("/konto/logga-in", new()
        {
            ["Input.Email"] = "kaka@example.se",
            ["Input.Password"] = Accounts.Password,
        });

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("anknytning.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Over_https_the_sign_in_and_form_cookies_are_secure()
    {
        await factory.CreateAccountAsync("tls@example.se");
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

        using var response = await client.PostFormAsync("/konto/logga-in", new()
        {
            ["Input.Email"] = "tls@example.se",
            ["Input.Password"] = Accounts.Password,
        });

        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.Contains(cookies, c => c.StartsWith("anknytning.auth=", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_proxy_that_terminates_tls_makes_the_cookies_secure()
    {
        using var app = factory.WithWebHostBuilder(b => b.UseSetting("ForwardedHeaders:KnownProxies:0", "127.0.0.1"));
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        using var response = await client.GetAsync("/konto/logga-in", Ct);

        var antiforgery = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("anknytning.antiforgery=", StringComparison.Ordinal));
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Sign_out_is_a_post_and_ends_the_session()
    {
        var client = await factory.SignedInClientAsync("utloggning@example.se");

        using var response = await client.PostFormAsync("/konto/logga-ut", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var account = await client.GetAsync("/konto", Ct);
        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);
    }

    [Fact]
    public async Task A_parent_can_change_their_password()
    {
        var client = await factory.SignedInClientAsync("byte@example.se");

        using var wrong = await client.PostFormAsync("/konto/losenord", new()
        {
            ["Input.CurrentPassword"] = "inte det gamla lösenordet",
            ["Input.NewPassword"] = "ett nytt och långt lösenord",
            ["Input.ConfirmPassword"] = "ett nytt och långt lösenord",
        });
        Assert.Contains("Det nuvarande lösenordet stämmer inte.", (await wrong.ReadDocumentAsync(Ct)).QuerySelector(".validation-summary")?.TextContent, StringComparison.Ordinal);

        using var right = await client.PostFormAsync("/konto/losenord", new()
        {
            ["Input.CurrentPassword"] = Accounts.Password,
            ["Input.NewPassword"] = "ett nytt och långt lösenord",
            ["Input.ConfirmPassword"] = "ett nytt och långt lösenord",
        });
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        var page = await client.GetDocumentAsync("/konto/losenord", Ct);
        Assert.Equal("Ditt lösenord är bytt. Andra enheter där du var inloggad har loggats ut.", page.QuerySelector(".notice")?.TextContent);

        await factory.CreateBrowsingClient().SignInAsync("byte@example.se", "ett nytt och långt lösenord");
    }

    [Fact]
    public async Task A_forgotten_password_is_reset_through_the_mailed_link()
    {
        var mail = new MailBox();
        using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IEmailSender<UserAccount>>(mail)));
        await factory.CreateAccountAsync("glomde@example.se");
        var client = app.CreateClient(new() { AllowAutoRedirect = false });

        using var unknown = await app.CreateClient(new() { AllowAutoRedirect = false })
            .PostFormAsync("/konto/glomt-losenord", new() { ["Input.Email"] = "ingen@example.se" });
        using var known = await client.PostFormAsync("/konto/glomt-losenord", new() { ["Input.Email"] = "glomde@example.se" });

        Assert.Equal(unknown.StatusCode, known.StatusCode);
        var link = Assert.Single(mail.Links);
        var resetPage = new Uri(link).PathAndQuery;
        using var reset = await client.PostFormAsync(resetPage, new()
        {
            ["Input.NewPassword"] = "ett helt nytt lösenord",
            ["Input.ConfirmPassword"] = "ett helt nytt lösenord",
        });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        var done = await client.GetDocumentAsync(reset.Headers.Location!.OriginalString, Ct);
        Assert.StartsWith("Klart!", done.QuerySelector(".notice")?.TextContent, StringComparison.Ordinal);
        await factory.CreateBrowsingClient().SignInAsync("glomde@example.se", "ett helt nytt lösenord");

        using var again = await client.PostFormAsync(resetPage, new()
        {
            ["Input.NewPassword"] = "ett tredje långt lösenord",
            ["Input.ConfirmPassword"] = "ett tredje långt lösenord",
        });
        Assert.Contains("Länken fungerar inte längre", (await again.ReadDocumentAsync(Ct)).QuerySelector(".validation-summary")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_attempts_get_a_calm_page_in_the_readers_language()
    {
        using var app = factory.WithWebHostBuilder(b => b.UseSetting("Account:AttemptsPerMinute", "2"));
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("da");

        HttpResponseMessage? last = null;
        for (var i = 0; i < 3; i++)
        {
            last?.Dispose();
            last = await client.PostFormAsync("/konto/logga-in", new() { ["Input.Email"] = "x@example.dk", ["Input.Password"] = "forkert adgangskode" });
        }

        using (last)
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
            Assert.Equal("Lidt for mange forsøg", (await last.ReadDocumentAsync(Ct)).QuerySelector("h1")?.TextContent);
        }
    }

    [Fact]
    public async Task A_form_posted_without_its_token_is_refused()
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = "a@example.se", ["Input.Password"] = "x" });
        using var response = await factory.CreateBrowsingClient().PostAsync("/konto/logga-in", content, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

/// <summary>On SQLite, the default provider.</summary>
public sealed class AccountTestsOnSqlite(AppFactory factory) : AccountTests(factory), IClassFixture<AppFactory>;

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class AccountTestsOnPostgreSql(PostgreSqlAppFactory factory) : AccountTests(factory), IClassFixture<PostgreSqlAppFactory>;
