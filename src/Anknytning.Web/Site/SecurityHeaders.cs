using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anknytning.Web.Site;

/// <summary>Headers on every response: nothing from another host, no inline script, no framing.</summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Where a parent types a password or reads their journal, a window that opened the page keeps no handle on it,
    /// and Chrome on Android gives the site a process of its own. Lessons hold nothing of the reader's, and there the
    /// header would cost every first visit a browsing-context-group switch: a fresh renderer, about 100 ms of
    /// main-thread work on a phone (Lighthouse's total blocking time, docs/benchmarks.md).
    /// </summary>
    private static readonly string[] IsolatedFolders = ["/Account", "/Journal"];

    /// <summary>Marks those folders' pages once, at start-up, as <see cref="AnonymousPages"/> marks the cached ones.</summary>
    public static void IsolateFromOpeners(RazorPagesOptions options)
    {
        foreach (var folder in IsolatedFolders)
        {
            options.Conventions.AddFolderApplicationModelConvention(folder, page => page.EndpointMetadata.Add(IsolatedFromOpeners.Page));
        }
    }

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()";
        // Routing has already chosen the endpoint: WebApplication puts it first in the pipeline.
        if (context.GetEndpoint()?.Metadata.GetMetadata<IsolatedFromOpeners>() is not null)
        {
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
        }

        return next(context);
    }

    private sealed class IsolatedFromOpeners
    {
        public static readonly IsolatedFromOpeners Page = new();
    }
}
