using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Anknytning.Web.Site;

/// <summary>
/// The pages that an anonymous reader gets from the output cache, with a validator so that a returning phone gets a
/// 304. The catalogue never changes while the app runs, so such a page is the same bytes for every anonymous reader
/// who reads in the same language. A new anonymous page joins by its name or folder below; search keeps its own
/// policy (<c>SearchSetup.ResultsPolicy</c>), built on the same rules.
/// </summary>
public static class AnonymousPages
{
    public const string Policy = "anonymous-page";

    /// <summary>Folders whose every page is the same for all anonymous readers in one language.</summary>
    private static readonly string[] Folders = ["/Lessons", "/Sharing"];

    /// <summary>Single pages that are.</summary>
    private static readonly string[] Pages = ["/Home/Index"];

    public static IServiceCollection AddAnonymousPageCache(this IServiceCollection services)
    {
        services.AddSingleton<PageVersion>();
        services.AddOutputCache(o =>
        {
            // The whole catalogue in both languages is a few MB; the limit only stops made-up query strings from
            // growing the cache without end.
            o.SizeLimit = 32 * 1024 * 1024;
            o.AddPolicy(Policy, policy => policy.AddPolicy<AnonymousPagePolicy>().Expire(TimeSpan.FromHours(1)));
        });
        // PostConfigure: AddRazorPages() replaces conventions registered before it.
        services.PostConfigure<RazorPagesOptions>(o =>
        {
            foreach (var folder in Folders)
            {
                o.Conventions.AddFolderApplicationModelConvention(folder, CacheForAnonymousReaders);
            }

            foreach (var page in Pages)
            {
                o.Conventions.AddPageApplicationModelConvention(page, CacheForAnonymousReaders);
            }
        });
        return services;
    }

    /// <summary>
    /// After sign-in is known: a cached page is never stored from, nor served to, a signed-in reader, and the
    /// validator is checked before the cache, so a 304 costs neither a lookup nor a render.
    /// </summary>
    public static WebApplication UseAnonymousPageCache(this WebApplication app)
    {
        app.UseMiddleware<PageValidator>();
        app.UseOutputCache();
        return app;
    }

    private static void CacheForAnonymousReaders(PageApplicationModel page) =>
        page.EndpointMetadata.Add(new OutputCacheAttribute { PolicyName = Policy });
}
