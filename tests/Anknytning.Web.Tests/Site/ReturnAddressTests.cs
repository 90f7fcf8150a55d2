using System.Net;

namespace Anknytning.Web.Tests.Site;

/// <summary>A return address with control characters or another host never errors and never leaves the site.</summary>
public sealed class ReturnAddressTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> HostileReturns => ["/%09/example.com", "/%0D%0ALocation:%20https://example.com", "/%00", "//example.com", "/\\example.com", "https://example.com"];

    [Theory]
    [MemberData(nameof(HostileReturns))]
    public async Task The_language_switch_stays_on_the_site(string returnUrl)
    {
        using var response = await factory.CreateBrowsingClient().GetAsync($"/sprak/da?returnUrl={returnUrl}", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [MemberData(nameof(HostileReturns))]
    public async Task Signing_in_stays_on_the_site(string returnUrl)
    {
        var email = $"retur-{Guid.NewGuid():N}@example.se";
        await factory.CreateAccountAsync(email);
        using var response = await factory.CreateBrowsingClient().PostFormAsync($"/konto/logga-in?returnUrl={returnUrl}", new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Accounts.Password,
        });

        AssertStaysOnSite(response);
    }

    [Theory]
    [MemberData(nameof(HostileReturns))]
    public async Task Registering_stays_on_the_site(string returnUrl)
    {
        var email = $"ny-retur-{Guid.NewGuid():N}@example.se";
        using var response = await factory.CreateBrowsingClient().PostFormAsync($"/konto/ny?returnUrl={returnUrl}", new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Accounts.Password,
            ["Input.ConfirmPassword"] = Accounts.Password,
        });

        AssertStaysOnSite(response);
    }

    /// <summary>
    /// A redirect to a path of this site. (A browser posts a NUL in the form's hidden field back as U+FFFD, a
    /// harmless local path; the point is that nothing errors or leaves.)
    /// </summary>
    private static void AssertStaysOnSite(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location?.OriginalString ?? "";
        Assert.Matches("^/(?![/\\\\])", location);
        Assert.DoesNotContain(location, char.IsControl);
    }
}
