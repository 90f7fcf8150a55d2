using System.Globalization;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.ResponseCompression;

namespace Anknytning.Web.Site;

public static class SiteSetup
{
    /// <summary>The UI languages. Swedish first: it is the default when the browser asks for neither.</summary>
    public static readonly string[] Languages = ["sv", "da"];

    public static IServiceCollection AddSite(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = Languages.Select(l => new CultureInfo(l)).ToList();
            o.DefaultRequestCulture = new RequestCulture("sv");
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            // The remembered choice wins over the browser's language; no query-string switch, so a shared
            // link never changes someone's language behind their back.
            o.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });

        services.AddResponseCompression(o =>
        {
            // Pages we compress hold no secrets that echo user input, so BREACH has nothing to guess.
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        services.AddHealthChecks();
        services.AddPublicOrigin();

        // Behind a TLS-terminating proxy on this machine, trust its X-Forwarded-Proto/For so that the app
        // knows a request was HTTPS (secure cookies, HSTS) and logs the real client address.
        services.Configure<ForwardedHeadersOptions>(o =>
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        return services;
    }

    /// <summary>Validation messages and field names from SiteText.resx, in the reader's language.</summary>
    public static IMvcBuilder AddSiteValidationText(this IMvcBuilder mvc) =>
        mvc.AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SiteText)));

    public static WebApplication UseSiteDefaults(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UsePublicOrigin();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/fel");
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeaders>();
        app.UseResponseCompression();
        app.UseRequestLocalization();
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseRequestLogging();
        return app;
    }

    public static WebApplication MapSiteEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health");
        app.MapGet("/sprak/{language}", LanguageSwitch.Choose);
        return app;
    }
}
