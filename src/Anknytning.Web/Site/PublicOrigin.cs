using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Anknytning.Web.Site;

/// <summary>The "Site" settings.</summary>
public sealed class SiteOptions
{
    /// <summary>
    /// The site's address as readers see it, for example https://anknytning.se: scheme, host and port only.
    /// Absolute links (reset mail, later a shared page's QR code) are built from it, never from a request's
    /// Host header.
    /// </summary>
    public Uri? PublicOrigin { get; set; }
}

/// <summary>
/// Where absolute links point. From Site:PublicOrigin when it is set; otherwise from the request's own scheme and
/// host, but only when AllowedHosts names that host (the default names only this machine, docs/operations.md).
/// </summary>
public sealed partial class PublicOrigin(IOptions<SiteOptions> site, IOptionsMonitor<HostFilteringOptions> hosts)
{
    /// <summary>The configured origin, or null.</summary>
    public Uri? Configured { get; } = site.Value.PublicOrigin;

    /// <summary>An absolute link to a path (with its query) on this site.</summary>
    public Uri Link(HttpRequest request, string pathAndQuery)
    {
        if (Configured is { } origin)
        {
            return new Uri(origin, pathAndQuery);
        }

        var allowed = hosts.CurrentValue.AllowedHosts.Select(h => new StringSegment(h)).ToList();
        if (!HostString.MatchesAny(request.Host.Host, allowed))
        {
            throw new InvalidOperationException("A link was asked for under a host that AllowedHosts does not name; set Site:PublicOrigin.");
        }

        return new Uri(new Uri($"{request.Scheme}://{request.Host.ToUriComponent()}"), pathAndQuery);
    }

    internal sealed partial class MissingOriginWarning(
        IOptions<SiteOptions> site, IOptions<HostFilteringOptions> hosts, IHostEnvironment environment, ILogger<PublicOrigin> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            if (site.Value.PublicOrigin is null && environment.IsProduction())
            {
                LogNoOrigin(string.Join(';', hosts.Value.AllowedHosts));
            }

            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        [LoggerMessage(Level = LogLevel.Warning, Message = "Site:PublicOrigin is not set: reset links are built from the request's host, and only these hosts are answered: {AllowedHosts}")]
        private partial void LogNoOrigin(string allowedHosts);
    }
}

public static class PublicOriginSetup
{
    public static IServiceCollection AddPublicOrigin(this IServiceCollection services)
    {
        services.AddOptions<SiteOptions>().BindConfiguration("Site")
            .Validate(
                o => o.PublicOrigin is null || (o.PublicOrigin.IsAbsoluteUri && o.PublicOrigin.Scheme is "https" or "http" && o.PublicOrigin.AbsolutePath == "/" && o.PublicOrigin.Query.Length == 0),
                "Site:PublicOrigin must be an absolute http(s) address with no path, for example https://anknytning.se")
            .ValidateOnStart();
        services.AddSingleton<PublicOrigin>();
        // The public origin's host is always answered, also when AllowedHosts lists only this machine.
        services.AddOptions<HostFilteringOptions>().PostConfigure<IOptions<SiteOptions>>((o, site) =>
        {
            if (site.Value.PublicOrigin is { } origin && !o.AllowedHosts.Contains("*") && !o.AllowedHosts.Contains(origin.IdnHost, StringComparer.OrdinalIgnoreCase))
            {
                o.AllowedHosts = [.. o.AllowedHosts, origin.IdnHost];
            }
        });
        services.AddHostedService<PublicOrigin.MissingOriginWarning>();
        return services;
    }

    /// <summary>
    /// With an origin configured, the request's Host header is replaced by it before anything reads it, so what
    /// the framework builds from the request (the sign-in redirect's absolute address) names this site too.
    /// </summary>
    public static WebApplication UsePublicOrigin(this WebApplication app)
    {
        if (app.Services.GetRequiredService<PublicOrigin>().Configured is { } origin)
        {
            var host = new HostString(origin.IsDefaultPort ? origin.IdnHost : $"{origin.IdnHost}:{origin.Port}");
            app.Use((context, next) =>
            {
                context.Request.Host = host;
                return next(context);
            });
        }

        return app;
    }
}
