using System.Collections.Concurrent;
using System.Net;
using Anknytning.Web.Features.Account;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Anknytning.Web.Tests.Site;

/// <summary>A forged Host header never ends up in a mailed link or a redirect.</summary>
public sealed class PublicOriginTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string Origin = "https://anknytning.example";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_forged_host_never_reaches_the_reset_link_or_a_redirect_when_the_public_origin_is_set()
    {
        var mail = new MailBox();
        // The worst case: an operator who left AllowedHosts open, so the forged host gets through to the app.
        using var app = factory.WithWebHostBuilder(b => b
            .UseSetting("Site:PublicOrigin", Origin)
            .UseSetting("AllowedHosts", "*")
            .ConfigureTestServices(s => s.AddSingleton<IEmailSender<UserAccount>>(mail)));
        await factory.CreateAccountAsync("vardnadshavare@example.se");
        var evil = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://evil.example/"), AllowAutoRedirect = false });
        var locations = new List<string>();

        var page = await evil.GetDocumentAsync("/konto/glomt-losenord", Ct);
        using (var forgot = await evil.SubmitAsync(page.QuerySelector("main form")!, new Dictionary<string, string>() { ["Input.Email"] = "vardnadshavare@example.se" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, forgot.StatusCode);
            locations.Add(forgot.Headers.Location!.ToString());
        }

        foreach (var personal in new[] { "/konto", "/dagbok", "/min-lasning", "/lektion/heling/heling" })
        {
            using var response = await evil.GetAsync(personal, Ct);
            Assert.True(response.Headers.Location is not null, $"{personal} answered {(int)response.StatusCode}");
            locations.Add(response.Headers.Location!.ToString());
        }

        var link = Assert.Single(mail.Links);
        Assert.StartsWith(Origin + "/konto/nytt-losenord?konto=", link, StringComparison.Ordinal);
        Assert.All(locations.Append(link), l => Assert.DoesNotContain("evil.example", l, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(locations, l => l.StartsWith("http://anknytning.example/konto/logga-in", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_this_machine_and_the_public_origins_host_are_answered()
    {
        using var app = factory.WithWebHostBuilder(b => b.UseSetting("Site:PublicOrigin", Origin));

        using var forged = await Client(app, "http://evil.example/").GetAsync("/", Ct);
        using var ours = await Client(app, "http://anknytning.example/").GetAsync("/", Ct);
        using var local = await Client(app, "http://localhost/").GetAsync("/", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ours.StatusCode);
        Assert.Equal(HttpStatusCode.OK, local.StatusCode);
    }

    [Fact]
    public async Task Without_a_public_origin_a_forged_host_is_refused()
    {
        using var forged = await Client(factory, "http://evil.example/").GetAsync("/konto/glomt-losenord", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    private static HttpClient Client(WebApplicationFactory<Program> app, string baseAddress) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(baseAddress), AllowAutoRedirect = false });
}
