using Serilog;
using Serilog.Events;

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
        app.UseSerilogRequestLogging(o =>
        {
            o.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            o.GetLevel = RequestLevel;
        });
        return app;
    }

    /// <summary>
    /// What an operator must see: failures, refusals and slow answers. A quick success is Debug, written only when
    /// asked for (Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware = Debug): writing a line
    /// per request to the console cost a cached page about 40 % of its throughput, and the proxy in front keeps
    /// an access log anyway.
    /// </summary>
    public static LogEventLevel RequestLevel(HttpContext context, double elapsedMilliseconds, Exception? error) => context.Response.StatusCode switch
    {
        _ when error is not null => LogEventLevel.Error,
        >= 500 => LogEventLevel.Error,
        _ when elapsedMilliseconds > SlowRequestMilliseconds => LogEventLevel.Warning,
        >= 400 => LogEventLevel.Information,
        _ => LogEventLevel.Debug,
    };

    private const double SlowRequestMilliseconds = 1000;
}
