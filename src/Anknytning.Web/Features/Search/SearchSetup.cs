namespace Anknytning.Web.Features.Search;

public static class SearchSetup
{
    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        services.AddSingleton<LessonSearch>();
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
