using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace Anknytning.Web.Tests.Features.ReadingLists;

/// <summary>Opening lists by code is paced per client, so codes cannot be guessed by trying many.</summary>
public sealed class RateLimitTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Opening_lists_beyond_the_limit_answers_429_with_retry_after()
    {
        using var limited = factory.WithWebHostBuilder(b => b.UseSetting("ReadingLists:OpensPerMinute", "3"));
        var client = limited.CreateClient(new() { AllowAutoRedirect = false });
        var ct = TestContext.Current.CancellationToken;
        foreach (var guess in new[] { "/l/ABCDEFG", "/l/ABCDEFH", "/l/ABCDEFJ/1" })
        {
            using var allowed = await client.GetAsync(guess, ct);
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }

        using var refused = await client.GetAsync("/l/ABCDEFK/utskrift", ct);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter is not null);
        // The rest of the site is not paced by it.
        using var lesson = await client.GetAsync("/lektion/barnets-behov-av-narhet", ct);
        Assert.Equal(HttpStatusCode.OK, lesson.StatusCode);
    }

    [Fact]
    public async Task Addresses_in_one_ipv6_network_share_one_budget()
    {
        using var limited = factory.WithWebHostBuilder(b => b
            .UseSetting("ReadingLists:OpensPerMinute", "1")
            .UseSetting("ForwardedHeaders:KnownProxies:0", "127.0.0.1"));
        var ct = TestContext.Current.CancellationToken;
        var answers = new List<HttpStatusCode>();
        foreach (var address in new[] { "2001:db8:1:2::1", "2001:db8:1:2:a:b:c:d", "2001:db8:1:3::1" })
        {
            var client = limited.CreateClient(new() { AllowAutoRedirect = false });
            client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
            using var response = await client.GetAsync("/l/ABCDEFG", ct);
            answers.Add(response.StatusCode == HttpStatusCode.TooManyRequests ? HttpStatusCode.TooManyRequests : HttpStatusCode.OK);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.OK], answers);
    }
}
