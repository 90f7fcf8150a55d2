using Microsoft.AspNetCore.Diagnostics;

namespace Anknytning.Web.Site;

/// <summary>
/// The site reads pages (GET, HEAD) and takes forms (POST), nothing else. Any other method is answered 405 before it
/// reaches a page: a Razor page asked with a method it has no handler for renders without its data, and throws.
/// </summary>
/// <remarks>
/// The answer is bare, without the status page: no browser sends these methods, so nobody needs it in words, and a
/// page re-executed under OPTIONS is not rendered at all.
/// </remarks>
public sealed class AllowedMethods(RequestDelegate next)
{
    public const string Allow = "GET, HEAD, POST";

    public Task InvokeAsync(HttpContext context)
    {
        var method = context.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsPost(method))
        {
            return next(context);
        }

        if (context.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
        {
            statusPages.Enabled = false;
        }

        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = Allow;
        return Task.CompletedTask;
    }
}
