using Anknytning.Web.Site;

namespace Anknytning.Web.Features.Search;

public static class SearchSetup
{
    /// <summary>The output-cache policy of the results page.</summary>
    public const string ResultsPolicy = "search-results";

    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        services.AddSingleton<LessonSearch>();
        // The index never changes while the app runs, so an anonymous results page is the same bytes every time:
        // kept per query, filter and interface language. The anonymous-page rules underneath never store or serve
        // a page for a signed-in reader, nor one that sets a cookie or carries a form token.
        services.AddOutputCache(o => o.AddPolicy(ResultsPolicy, policy => policy
            .AddPolicy<AnonymousPagePolicy>()
            .SetVaryByQuery("q", "sprak", "tema")
            .Expire(TimeSpan.FromHours(1))));
        return services;
    }

    /// <summary>
    /// Builds the index from the catalogue already in memory, on another core while the app starts (a fifth of a
    /// second). A search that comes first waits for it: the container makes the singleton once.
    /// </summary>
    public static WebApplication UseSearch(this WebApplication app)
    {
        _ = Task.Run(() =>
        {
            try
            {
                var search = app.Services.GetRequiredService<LessonSearch>();
                app.Logger.LogInformation("Indexed {Sections} sections for search", search.SectionCount);
            }
#pragma warning disable CA1031 // The search page asks again and fails visibly; here it is only logged.
            catch (Exception e)
#pragma warning restore CA1031
            {
                app.Logger.LogError(e, "The search index could not be built");
            }
        });
        return app;
    }
}
