using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Anknytning.Web.Tests.Features.Account;

/// <summary>Every place that checks a password shares one small budget per client, and nothing tells which addresses have accounts.</summary>
public sealed class PasswordGuessingTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private WebApplicationFactory<Program> WithBudget(int attempts, string? knownProxy = null) => factory.WithWebHostBuilder(b =>
    {
        b.UseSetting("Account:AttemptsPerMinute", attempts.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (knownProxy is not null)
        {
            b.UseSetting("ForwardedHeaders:KnownProxies:0", knownProxy);
        }
    });

    private static Task<HttpResponseMessage> WrongSignInAsync(HttpClient client) =>
        client.PostFormAsync("/konto/logga-in", new() { ["Input.Email"] = "gissa@example.se", ["Input.Password"] = "fel lösenord igen" });

    [Fact]
    public async Task A_forwarded_for_header_from_an_unknown_peer_buys_no_new_guesses()
    {
        await using var app = WithBudget(3);
        var responses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            var client = app.CreateClient(new() { AllowAutoRedirect = false });
            client.DefaultRequestHeaders.Add("X-Forwarded-For", $"203.0.113.{i + 1}");
            using var response = await WrongSignInAsync(client);
            responses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], responses);
    }

    [Fact]
    public async Task A_configured_proxy_is_believed_about_the_client()
    {
        await using var app = WithBudget(1, knownProxy: "127.0.0.1");
        for (var i = 0; i < 3; i++)
        {
            var client = app.CreateClient(new() { AllowAutoRedirect = false });
            client.DefaultRequestHeaders.Add("X-Forwarded-For", $"198.51.100.{i + 1}");
            using var response = await WrongSignInAsync(client);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Addresses_in_one_ipv6_network_share_one_budget()
    {
        await using var app = WithBudget(1, knownProxy: "127.0.0.1");
        var answers = new List<HttpStatusCode>();
        // The second address is in the first one's /64, as a phone's next address would be; the third is another network.
        foreach (var address in new[] { "2001:db8:1:2::1", "2001:db8:1:2:a:b:c:d", "2001:db8:1:3::1" })
        {
            var client = app.CreateClient(new() { AllowAutoRedirect = false });
            client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
            using var response = await WrongSignInAsync(client);
            answers.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.OK], answers);
    }

    [Fact]
    public async Task A_refused_attempt_says_when_to_try_again()
    {
        await using var app = WithBudget(1);
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        using var first = await WrongSignInAsync(client);

        using var second = await WrongSignInAsync(client);

        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.NotNull(second.Headers.RetryAfter?.Delta);
        Assert.InRange(second.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
    }

    [Fact]
    public async Task Sign_in_registration_and_the_journals_sign_in_share_one_budget()
    {
        await using var app = WithBudget(3);
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        using var signIn = await WrongSignInAsync(client);
        using var register = await client.PostFormAsync("/konto/ny", new()
        {
            ["Input.Email"] = "ny-gissning@example.se",
            ["Input.Password"] = "kort",
            ["Input.ConfirmPassword"] = "kort",
        });
        Assert.Equal(HttpStatusCode.OK, register.StatusCode);

        // The journal's sign-in beside a kept text: its own form, from a page where the sign-in had expired.
        using var expired = await PostJournalTextAnonymouslyAsync(client, "Min text som inte får försvinna");
        var signInForm = (await expired.ReadDocumentAsync(Ct)).QuerySelector("form.journal-form")!;
        using var third = await client.SubmitAsync(signInForm, new Dictionary<string, string> { ["SignIn.Email"] = "gissa@example.se", ["SignIn.Password"] = "fel" });
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);

        using var fourth = await client.SubmitAsync(signInForm, new Dictionary<string, string> { ["SignIn.Email"] = "gissa@example.se", ["SignIn.Password"] = "fel igen" });

        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        var page = await fourth.ReadDocumentAsync(Ct);
        Assert.Equal("Min text som inte får försvinna", page.QuerySelector("form.journal-form textarea[name='Input.Text']")?.TextContent.Trim());
        Assert.NotNull(fourth.Headers.RetryAfter);
    }

    [Fact]
    public async Task Repeating_the_handler_in_the_address_does_not_skip_the_budget()
    {
        await using var app = WithBudget(2);
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        using var expired = await PostJournalTextAnonymouslyAsync(client, "Text");
        var form = (await expired.ReadDocumentAsync(Ct)).QuerySelector("form.journal-form")!;
        form.SetAttribute("action", "/dagbok/skriv?handler=SignInAndKeep&handler=x");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.SubmitAsync(form, new Dictionary<string, string> { ["SignIn.Email"] = "gissa@example.se", ["SignIn.Password"] = $"fel {i}" });
            statuses.Add(response.StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(2, statuses.Count(s => s != HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task Wrong_current_passwords_on_the_change_form_lock_the_account()
    {
        var client = await factory.SignedInClientAsync($"byt-{Guid.NewGuid():N}@example.se");
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await ChangePasswordAsync(client, $"gissning nummer {i}");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var right = await ChangePasswordAsync(client, Accounts.Password);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("låst", (await right.ReadDocumentAsync(Ct)).QuerySelector(".field-error")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_change_password_form_counts_against_the_budget()
    {
        await using var app = WithBudget(2);
        var email = $"byt-budget-{Guid.NewGuid():N}@example.se";
        await factory.CreateAccountAsync(email);
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        await client.SignInAsync(email, Accounts.Password);

        using var first = await ChangePasswordAsync(client, "fel ett");
        using var second = await ChangePasswordAsync(client, "fel två");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
    }

    [Fact]
    public async Task An_unknown_address_takes_as_long_to_refuse_as_a_known_one()
    {
        await factory.CreateAccountAsync("finns@example.se");
        var client = factory.CreateBrowsingClient("sv");
        using (await client.PostFormAsync("/konto/logga-in", new() { ["Input.Email"] = "uppvarmning@example.se", ["Input.Password"] = "x" }))
        {
            // The first post warms up the page and the hasher.
        }

        var known = new List<double>();
        var unknown = new List<double>();
        for (var i = 0; i < 7; i++)
        {
            known.Add(await TimeAsync(() => client.PostFormAsync("/konto/logga-in", new() { ["Input.Email"] = "finns@example.se", ["Input.Password"] = $"fel {i}" })));
            unknown.Add(await TimeAsync(() => client.PostFormAsync("/konto/logga-in", new() { ["Input.Email"] = $"finns-inte-{i}@example.se", ["Input.Password"] = $"fel {i}" })));
        }

        // Without the dummy hash an unknown address answered about 20 times faster; allow for a noisy machine.
        Assert.True(Median(unknown) > Median(known) / 3, $"unknown {Median(unknown):F1} ms against known {Median(known):F1} ms");
    }

    [Fact]
    public async Task A_taken_address_offers_to_sign_in_or_reset_instead()
    {
        await factory.CreateAccountAsync("upptagen@example.se");
        using var response = await factory.CreateBrowsingClient("sv").PostFormAsync("/konto/ny", new()
        {
            ["Input.Email"] = "upptagen@example.se",
            ["Input.Password"] = Accounts.Password,
            ["Input.ConfirmPassword"] = Accounts.Password,
        });

        var page = await response.ReadDocumentAsync(Ct);
        var links = page.QuerySelectorAll(".address-taken a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/konto/logga-in", links);
        Assert.Contains("/konto/glomt-losenord", links);
    }

    private static async Task<HttpResponseMessage> PostJournalTextAnonymouslyAsync(HttpClient client, string text)
    {
        // What a browser sends when the sign-in expired while the parent wrote: the form drawn earlier, no cookie.
        var fields = new Dictionary<string, string> { ["Input.Title"] = "", ["Input.Text"] = text, ["Input.SubmissionId"] = "0123456789abcdef0123456789abcdef" };
        using var content = new FormUrlEncodedContent(fields);
        var response = await client.PostAsync("/dagbok/skriv", content, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    private static Task<HttpResponseMessage> ChangePasswordAsync(HttpClient client, string current) =>
        client.PostFormAsync("/konto/losenord", new()
        {
            ["Input.CurrentPassword"] = current,
            ["Input.NewPassword"] = "ett nytt långt lösenord",
            ["Input.ConfirmPassword"] = "ett nytt långt lösenord",
        });

    private static async Task<double> TimeAsync(Func<Task<HttpResponseMessage>> request)
    {
        var watch = Stopwatch.StartNew();
        using var response = await request();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
