using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;

namespace Anknytning.Web.Site;

/// <summary>
/// On top of the framework's default policy (GET and HEAD only, never for a signed-in reader or a request with an
/// Authorization header, never a response that sets a cookie or is not a 200): one copy per interface language,
/// which the culture cookie or Accept-Language chose (UseRequestLocalization runs before the cache), and one per
/// encoding that response compression will choose for the browser (it runs inside the cache, so the copy is kept
/// compressed); never a response that asks not to be stored: antiforgery says no-store whenever a page writes a
/// form token, and so do signed-in readers' pages.
/// </summary>
public sealed class AnonymousPagePolicy(IResponseCompressionProvider compression) : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        context.CacheVaryByRules.VaryByValues["ui"] = CultureInfo.CurrentUICulture.Name;
        // The encoding chosen, not the Accept-Encoding header as sent: browsers word it in many ways for few choices.
        context.CacheVaryByRules.VaryByValues["encoding"] = compression.CheckRequestAcceptsCompression(context.HttpContext)
            ? compression.GetCompressionProvider(context.HttpContext)?.EncodingName ?? "identity"
            : "identity";
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) =>
        ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var cacheControl = context.HttpContext.Response.Headers.CacheControl.ToString();
        if (cacheControl.Contains("no-store", StringComparison.OrdinalIgnoreCase)
            || cacheControl.Contains("private", StringComparison.OrdinalIgnoreCase))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
