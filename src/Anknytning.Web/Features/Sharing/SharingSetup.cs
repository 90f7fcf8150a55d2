using Anknytning.Web.Site;

namespace Anknytning.Web.Features.Sharing;

public static class SharingSetup
{
    public static IServiceCollection AddSharing(this IServiceCollection services)
    {
        services.AddSingleton<ShortAddresses>();
        return services;
    }

    public static WebApplication MapSharingEndpoints(this WebApplication app)
    {
        // Built now, so an id that names two places stops start-up instead of sending a parent to the wrong one.
        var shortAddresses = app.Services.GetRequiredService<ShortAddresses>();

        // Not permanent: a section may move to another lesson one day, and a browser would remember the old place.
        app.MapGet(Addresses.ShortAddress("{id}"), (string id) =>
            shortAddresses.Find(id) is { } place ? Results.Redirect(ShortAddresses.Destination(place)) : Results.NotFound());
        return app;
    }
}
