using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace Anknytning.Web.Site;

/// <summary>
/// Gives every output-cached page an anonymous reader gets a validator (ETag) and answers 304 when the browser
/// already has it. Such a page changes only with the build, the content or the interface language, so that is
/// all the ETag says (<see cref="PageVersion"/>).
/// </summary>
public sealed class PageValidator(RequestDelegate next, PageVersion version)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)
            || context.User.Identity?.IsAuthenticated == true
            || context.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>() is null)
        {
            return next(context);
        }

        var etag = version.ETag();
        if (request.Headers.IfNoneMatch.Any(v => v is not null && v.Contains(etag, StringComparison.Ordinal)))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            SetValidatorHeaders(context.Response, etag);
            return Task.CompletedTask;
        }

        context.Response.OnStarting(() =>
        {
            var response = context.Response;
            // Only a page that is the same for everyone: not one with a form token (no-store) or a cookie.
            if (response.StatusCode == StatusCodes.Status200OK
                && !response.Headers.CacheControl.ToString().Contains("no-store", StringComparison.OrdinalIgnoreCase)
                && response.Headers.SetCookie.Count == 0)
            {
                SetValidatorHeaders(response, etag);
            }

            return Task.CompletedTask;
        });
        return next(context);
    }

    private static void SetValidatorHeaders(HttpResponse response, string etag)
    {
        response.Headers.ETag = etag;
        // Keep it, but ask each time: after signing in, the same address must show the reader's own page.
        response.Headers.CacheControl = "no-cache";
        response.Headers.Append(HeaderNames.Vary, "Accept-Language, Cookie");
    }
}
