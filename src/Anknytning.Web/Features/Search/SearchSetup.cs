using System.Globalization;

namespace Anknytning.Web.Features.Search;

public static class SearchSetup
{
    /// <summary>The output-cache policy of the results page.</summary>
    public const string ResultsPolicy = "search-results";

    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        services.AddSingleton<LessonSearch>();
        // The index never changes while the app runs, so an anonymous results page is the same bytes every time:
        // kept per query, filter and interface language. The default policy underneath never stores or serves
        // a page for a signed-in reader, nor one that sets a cookie.
        services.AddOutputCache(o => o.AddPolicy(ResultsPolicy, policy => policy
            .SetVaryByQuery("q", "sprak", "tema")
            .VaryByValue(_ => new KeyValuePair<string, string>("ui", CultureInfo.CurrentUICulture.Name))
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
