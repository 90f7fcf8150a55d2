using Serilog;

namespace Anknytning.Web.Site;

public static class Logging
{
    /// <summary>
    /// Serilog configured from appsettings.json. No static bootstrap logger: parallel test hosts would share
    /// it and fail with "The logger is already frozen".
    /// </summary>
    public static WebApplicationBuilder AddSerilogLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog(
            (services, log) => log.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services),
            preserveStaticLogger: true);
        return builder;
    }

    public static WebApplication UseRequestLogging(this WebApplication app)
    {
        // Log.Logger stays silent (see above), so hand the configured logger over. Only the path is logged,
        // never a query string or a form body.
        app.UseSerilogRequestLogging(o => o.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
        return app;
    }
}
