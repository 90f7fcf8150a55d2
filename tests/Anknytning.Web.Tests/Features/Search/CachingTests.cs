using System.Net;

namespace Anknytning.Web.Tests.Features.Search;

/// <summary>Anonymous results pages come from the output cache; nobody ever gets another reader's page.</summary>
public sealed class CachingTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_anonymous_results_page_is_served_from_the_cache_the_second_time()
    {
        var path = $"/sok?q={Uri.EscapeDataString("spegling " + Guid.NewGuid().ToString("N")[..6])}";
        var client = factory.CreateBrowsingClient("sv");
        using var first = await client.GetAsync(path, Ct);
        using var second = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(Ct), await second.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task The_cache_keeps_each_interface_language_apart()
    {
        var path = $"/sok?q={Uri.EscapeDataString("trøst " + Guid.NewGuid().ToString("N")[..6])}";
        using var swedish = await factory.CreateBrowsingClient("sv").GetAsync(path, Ct);
        var danish = await factory.CreateBrowsingClient("da").GetDocumentAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, swedish.StatusCode);
        Assert.Equal("da", danish.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_signed_in_reader_never_gets_the_anonymous_page_and_never_leaves_theirs_in_the_cache()
    {
        var path = $"/sok?q={Uri.EscapeDataString("oxytocin " + Guid.NewGuid().ToString("N")[..6])}";
        using (await factory.CreateBrowsingClient("sv").GetAsync(path, Ct))
        {
            // An anonymous reader fills the cache.
        }

        var reader = await factory.SignedInClientAsync($"sok-{Guid.NewGuid():N}@example.se");
        using var theirs = await reader.GetAsync(path, Ct);
        var theirPage = await theirs.ReadDocumentAsync(Ct);
        Assert.Null(theirs.Headers.Age);
        Assert.NotNull(theirPage.QuerySelector("form.sign-out-form"));

        var secondPath = $"/sok?q={Uri.EscapeDataString("amning " + Guid.NewGuid().ToString("N")[..6])}";
        using (await reader.GetAsync(secondPath, Ct))
        {
            // The signed-in reader asks first this time.
        }

        var anonymous = await factory.CreateBrowsingClient("sv").GetDocumentAsync(secondPath, Ct);
        Assert.Null(anonymous.QuerySelector("form.sign-out-form"));
    }
}
