using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anknytning.Web.Site;

/// <summary>
/// A page drawn for a signed-in reader is never kept by the browser or a proxy: after signing out, Back must not
/// show a journal entry from the cache. Every personal folder requires sign-in, so this covers all of them
/// without naming them again.
/// </summary>
public sealed class PersonalPagesNotCached(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            if (context.User.Identity?.IsAuthenticated == true
                && context.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            {
                context.Response.Headers.CacheControl = "no-store";
                context.Response.Headers.Pragma = "no-cache";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
