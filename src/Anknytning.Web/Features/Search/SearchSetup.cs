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

    /// <summary>Builds the index now, from the catalogue already in memory, so the first search is as fast as any.</summary>
    public static WebApplication UseSearch(this WebApplication app)
    {
        var search = app.Services.GetRequiredService<LessonSearch>();
        app.Logger.LogInformation("Indexed {Sections} sections for search", search.SectionCount);
        return app;
    }
}
