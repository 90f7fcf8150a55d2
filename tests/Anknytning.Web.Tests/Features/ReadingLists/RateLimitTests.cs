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
}
