using System.Globalization;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.WebEncoders;

namespace Anknytning.Web.Site;

public static class SiteSetup
{
    /// <summary>The UI languages. Swedish first: it is the default when the browser asks for neither.</summary>
    public static readonly string[] Languages = ["sv", "da"];

    public static IServiceCollection AddSite(this IServiceCollection services)
    {
        // One clock for every feature; tests replace it to travel in time.
        services.AddSingleton(TimeProvider.System);
        services.AddLocalization();
        // A localizer only wraps the factory's cached one and reads the culture on each call, so one of each kind
        // serves the app's lifetime, instead of a new one (and a lookup by type name) for every page, partial and
        // component that injects it: 6-10 % less CPU per signed-in page (docs/benchmarks.md).
        services.AddSingleton(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
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
        services.AddAnonymousPageCache();
        // PostConfigure: AddRazorPages() replaces conventions registered before it.
        services.PostConfigure<RazorPagesOptions>(SecurityHeaders.IsolateFromOpeners);
        // å, ä, ö, æ and ø as themselves, not as entities: pages get smaller and their source readable.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        RequestLimits.Configure(services);
        services.AddPublicOrigin();

        // Behind a TLS-terminating proxy, its X-Forwarded-Proto/For tell the app that a request was HTTPS (secure
        // cookies, HSTS) and who the client is (the sign-in budget is per client). Only proxies named in
        // configuration are believed: anyone else could send the headers to get a fresh budget per request.
        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((o, configuration) =>
        {
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [])
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }

            // With both lists empty the middleware would believe everyone, so then it reads no header at all.
            o.ForwardedHeaders = o.KnownProxies.Count + o.KnownIPNetworks.Count > 0
                ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto
                : ForwardedHeaders.None;
        });
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
        app.UseMiddleware<PersonalPagesNotCached>();
        app.UseRequestLocalization();
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseRequestLogging();
        app.UseMiddleware<AllowedMethods>();
        app.UseMiddleware<RequestLimits>();
        return app;
    }

    public static WebApplication MapSiteEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health");
        app.MapGet("/sprak/{language}", LanguageSwitch.Choose);
        return app;
    }
}
