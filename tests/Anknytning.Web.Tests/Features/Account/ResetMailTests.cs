using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Anknytning.Web.Tests.Features.Account;

/// <summary>"Forgot password" sends a real mail over SMTP, and its link really sets a new password.</summary>
public sealed partial class ResetMailTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string NewPassword = "ett nytt lösenord för sena nätter";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_forgotten_password_is_reset_through_a_mail_that_really_arrives()
    {
        await using var smtp = new TestMailServer();
        using var app = WithMail(smtp);
        await factory.CreateAccountAsync("aterstall@example.se");
        var client = Client(app, "sv");

        Assert.Equal(HttpStatusCode.Redirect, await AskForResetMailAsync(client, "aterstall@example.se"));

        var mail = await smtp.NextAsync(Ct);
        Assert.Equal("aterstall@example.se", Assert.Single(mail.To.Mailboxes).Address);
        Assert.Equal("noreply@anknytning.example", Assert.Single(mail.From.Mailboxes).Address);
        Assert.Equal("Välj ett nytt lösenord för Anknytning", mail.Subject);
        var link = new Uri(ResetLink().Match(mail.TextBody ?? "").Value);
        Assert.Contains($"href=\"{WebUtility.HtmlEncode(link.AbsoluteUri)}\"", mail.HtmlBody, StringComparison.Ordinal);

        using (var reset = await SetNewPasswordAsync(client, link))
        {
            Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
            var done = await client.GetDocumentAsync(reset.Headers.Location!.OriginalString, Ct);
            Assert.StartsWith("Klart!", done.QuerySelector(".notice")?.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Redirect, await SignInAsync(Client(app, "sv"), "aterstall@example.se", NewPassword));
        Assert.Equal(HttpStatusCode.OK, await SignInAsync(Client(app, "sv"), "aterstall@example.se", Accounts.Password));
    }

    [Fact]
    public async Task A_reset_password_signs_out_every_device_at_once()
    {
        // Someone who fears another person has her password resets it: a phone signed in before must not keep
        // the journal open until Identity's next check half an hour later.
        await using var smtp = new TestMailServer();
        using var app = WithMail(smtp);
        await factory.CreateAccountAsync("alla-enheter@example.se");
        var phone = Client(app, "sv");
        Assert.Equal(HttpStatusCode.Redirect, await SignInAsync(phone, "alla-enheter@example.se", Accounts.Password));
        using (var before = await phone.GetAsync("/dagbok", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        var client = Client(app, "sv");
        await AskForResetMailAsync(client, "alla-enheter@example.se");
        var link = new Uri(ResetLink().Match((await smtp.NextAsync(Ct)).TextBody ?? "").Value);
        using (var reset = await SetNewPasswordAsync(client, link))
        {
            Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        }

        using var after = await phone.GetAsync("/dagbok", Ct);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/konto/logga-in", after.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task A_danish_reader_gets_the_reset_mail_in_danish()
    {
        await using var smtp = new TestMailServer();
        using var app = WithMail(smtp);
        await factory.CreateAccountAsync("glemt@example.dk");
        var client = Client(app, "da");

        await AskForResetMailAsync(client, "glemt@example.dk");

        var mail = await smtp.NextAsync(Ct);
        Assert.Equal("Vælg en ny adgangskode til Tilknytning", mail.Subject);
        Assert.Equal("da", mail.Body?.Headers[MimeKit.HeaderId.ContentLanguage]);
        Assert.Contains("Nogen, forhåbentlig dig, har bedt om", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Venlig hilsen", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Matches(ResetLink(), mail.TextBody ?? "");
    }

    private WebApplicationFactory<Program> WithMail(TestMailServer smtp) =>
        factory.WithWebHostBuilder(b => b
            .UseSetting("Mail:Host", "127.0.0.1")
            .UseSetting("Mail:Port", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("Mail:Security", "None")
            .UseSetting("Mail:FromAddress", "noreply@anknytning.example")
            .UseSetting("Site:PublicOrigin", "http://localhost"));

    private static HttpClient Client(WebApplicationFactory<Program> app, string language)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    /// <summary>Asks for a reset mail through the "forgot password" form; returns how the form answered.</summary>
    private static async Task<HttpStatusCode> AskForResetMailAsync(HttpClient client, string email)
    {
        var forgot = await client.GetDocumentAsync("/konto/glomt-losenord", Ct);
        using var sent = await client.SubmitAsync(forgot.QuerySelector("main form")!, new Dictionary<string, string>() { ["Input.Email"] = email });
        return sent.StatusCode;
    }

    /// <summary>Follows the mail's link and sets <see cref="NewPassword"/> through the form it opens.</summary>
    private static async Task<HttpResponseMessage> SetNewPasswordAsync(HttpClient client, Uri link)
    {
        var resetPage = await client.GetDocumentAsync(link.PathAndQuery, Ct);
        return await client.SubmitAsync(resetPage.QuerySelector("main form")!, new Dictionary<string, string>()
        {
            ["Input.NewPassword"] = NewPassword,
            ["Input.ConfirmPassword"] = NewPassword,
        });
    }

    private static async Task<HttpStatusCode> SignInAsync(HttpClient client, string email, string password)
    {
        var page = await client.GetDocumentAsync("/konto/logga-in", Ct);
        using var response = await client.SubmitAsync(page.QuerySelector("main form")!, new Dictionary<string, string>() { ["Input.Email"] = email, ["Input.Password"] = password });
        return response.StatusCode;
    }

    [GeneratedRegex(@"http://localhost/konto/nytt-losenord\?konto=[^\s&]+&kod=[A-Za-z0-9_-]+")]
    private static partial Regex ResetLink();
}
