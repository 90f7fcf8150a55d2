using AngleSharp;
using AngleSharp.Dom;

namespace Anknytning.Web.Tests;

/// <summary>Parses a response the way a browser would, so tests select by class and attribute.</summary>
public static class Html
{
    public static async Task<IDocument> ReadDocumentAsync(this HttpResponseMessage response, CancellationToken ct)
    {
        var html = await response.Content.ReadAsStringAsync(ct);
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(r => r.Content(html).Address(response.RequestMessage?.RequestUri?.ToString() ?? "http://localhost/"), ct);
    }

    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string path, CancellationToken ct)
    {
        using var response = await client.GetAsync(path, ct);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}");
        return await response.ReadDocumentAsync(ct);
    }
}
