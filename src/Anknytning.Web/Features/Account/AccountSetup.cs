using System.Security.Claims;
using System.Threading.RateLimiting;
using Anknytning.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Anknytning.Web.Features.Account;

public sealed class AccountOptions
{
    /// <summary>Sign-in, registration and password-reset posts one client may make per minute.</summary>
    public int AttemptsPerMinute { get; set; } = 10;
}

public static class AccountSetup
{
    /// <summary>The rate-limiting policy on the account forms.</summary>
    public const string AttemptsPolicy = "account-attempts";

    /// <summary>The account pages a person uses before they are signed in.</summary>
    private static readonly string[] OpenPages =
        ["/Account/Register", "/Account/SignIn", "/Account/ForgotPassword", "/Account/ResetPassword", "/Account/Deleted"];

    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddOptions<AccountOptions>().BindConfiguration("Account");

        services.AddIdentity<UserAccount, IdentityRole>(o =>
            {
                // Long passphrases beat composition rules (NIST SP 800-63B): length only.
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.User.RequireUniqueEmail = true;
                o.User.AllowedUserNameCharacters = ""; // the user name is the e-mail address, which may hold å, æ, ö …
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrors>();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/konto/logga-in";
            o.LogoutPath = "/konto/logga-ut";
            o.AccessDeniedPath = "/konto/logga-in";
            o.Cookie.Name = "anknytning.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = SecureOverHttps;
            o.ExpireTimeSpan = TimeSpan.FromDays(30);
            o.SlidingExpiration = true;
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "anknytning.antiforgery";
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = SecureOverHttps;
        });

        services.AddAccountMail();
        services.AddScoped<PersonalDataExport>();

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(AttemptsPolicy, context =>
            {
                // Only the posts count: reading the form again is free.
                if (!HttpMethods.IsPost(context.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("read");
                }

                var limit = context.RequestServices.GetRequiredService<IOptions<AccountOptions>>().Value.AttemptsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
        });

        services.Configure<RazorPagesOptions>(o =>
        {
            o.Conventions.AuthorizeFolder("/Account");
            foreach (var page in OpenPages)
            {
                o.Conventions.AllowAnonymousToPage(page);
            }
        });
        return services;
    }

    public static WebApplication UseAccounts(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }

    /// <summary>The signed-in account's id. Only call where the page requires sign-in.</summary>
    public static string GetUserId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Nobody is signed in.");

    /// <summary>
    /// Secure whenever the request came over HTTPS, which in production is every request (HSTS, and the proxy's
    /// X-Forwarded-Proto via UseForwardedHeaders). "Always" would instead break every form with a 500 when the
    /// published app is tried on plain http://localhost.
    /// </summary>
    private const CookieSecurePolicy SecureOverHttps = CookieSecurePolicy.SameAsRequest;
}
