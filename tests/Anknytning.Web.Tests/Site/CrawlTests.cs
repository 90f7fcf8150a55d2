using System.Net;

namespace Anknytning.Web.Tests.Site;

/// <summary>
/// Every address the site links to answers, and every link within a page lands on one element of that page: crawled
/// from home, signed out and signed in, in both languages.
/// </summary>
public sealed class CrawlTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(false, "sv")]
    [InlineData(false, "da")]
    [InlineData(true, "sv")]
    [InlineData(true, "da")]
    public async Task Every_linked_address_answers(bool signedIn, string language)
    {
        var client = factory.CreateBrowsingClient(language);
        if (signedIn)
        {
            var email = $"kryp-{Guid.NewGuid():N}@example.se";
            await factory.CreateAccountAsync(email);
            await client.SignInAsync(email, Accounts.Password);
            var write = await client.GetDocumentAsync("/dagbok/skriv", Ct);
            using var written = await client.SubmitAsync(write.QuerySelector("form.journal-form")!, new Dictionary<string, string> { ["Input.Text"] = "En rad" });
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var queue = new Queue<string>(["/"]);
        var broken = new List<string>();
        while (queue.Count > 0 && seen.Count < 500)
        {
            var path = queue.Dequeue();
            using var response = await client.GetAsync(path, Ct);
            var status = (int)response.StatusCode;
            if (status is 404 or >= 500)
            {
                broken.Add($"{path} answered {status}");
                continue;
            }

            if (response.Content.Headers.ContentType?.MediaType != "text/html" || status != 200)
            {
                continue;
            }

            var page = await response.ReadDocumentAsync(Ct);
            var ids = page.QuerySelectorAll("[id]").GroupBy(e => e.Id!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            broken.AddRange(ids.Where(id => id.Value > 1).Select(id => $"{path} has {id.Value} elements with id '{id.Key}'"));
            broken.AddRange(page.QuerySelectorAll("a[href^='#']")
                .Select(a => a.GetAttribute("href")![1..])
                .Where(fragment => fragment.Length > 0 && !ids.ContainsKey(Uri.UnescapeDataString(fragment)))
                .Distinct(StringComparer.Ordinal)
                .Select(fragment => $"{path} links to #{fragment}, which is not on the page"));
            foreach (var href in page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (Local(href) is { } next && !next.StartsWith("/sprak/", StringComparison.Ordinal) && seen.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        Assert.Empty(broken);
        Assert.True(seen.Count > 20, $"the crawl found only {seen.Count} addresses");
    }

    /// <summary>A same-site link as path and query, without its fragment; null for other hosts.</summary>
    private static string? Local(string href)
    {
        var uri = new Uri(new Uri("http://localhost/"), href);
        return uri.Host == "localhost" && uri.Scheme == "http" ? uri.PathAndQuery : null;
    }
}
