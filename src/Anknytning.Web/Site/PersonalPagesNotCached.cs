using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anknytning.Web.Site;

/// <summary>
/// A page drawn for a signed-in reader, and every account, reading and journal page, is never kept by the browser
/// or a proxy: after signing out, Back must not show a journal entry from the cache.
/// </summary>
public sealed class PersonalPagesNotCached(RequestDelegate next)
{
    private static readonly string[] PersonalFolders = ["/konto", "/min-lasning", "/dagbok"];

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var isPage = context.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>() is not null;
            var signedIn = context.User.Identity?.IsAuthenticated == true;
            if ((isPage && signedIn) || IsPersonal(context.Request.Path))
            {
                context.Response.Headers.CacheControl = "no-store";
                context.Response.Headers.Pragma = "no-cache";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }

    private static bool IsPersonal(PathString path) =>
        PersonalFolders.Any(folder => path.StartsWithSegments(folder, StringComparison.OrdinalIgnoreCase));
}
