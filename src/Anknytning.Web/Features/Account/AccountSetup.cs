using System.Globalization;
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
    /// <summary>The account pages a person uses before they are signed in.</summary>
    private static readonly string[] OpenPages =
        ["/Account/Register", "/Account/SignIn", "/Account/ForgotPassword", "/Account/ResetPassword", "/Account/Deleted"];

    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddOptions<AccountOptions>().BindConfiguration("Account");

        services.AddIdentity<UserAccount, IdentityRole>(o =>
            {
                // Long passphrases beat composition rules (NIST SP 800-63B): length only.
                o.Password.RequiredLength = PasswordRule.MinimumLength;
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
            // Every signed-in request checks that its session is still on record (SessionCookieEvents).
            o.EventsType = typeof(SessionCookieEvents);
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "anknytning.antiforgery";
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = SecureOverHttps;
        });

        services.AddAccountMail();
        services.AddScoped<PersonalDataExport>();

        // Other limits (per account) go through ASP.NET Core's rate limiter: a refusal is the localized 429 page.
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait))
                {
                    context.HttpContext.Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };
        });
        services.AddSingleton<PasswordAttempts>();
        services.AddScoped<ParentSignIn>();
        services.AddScoped<SignInSessions>();
        services.AddScoped<SessionCookieEvents>();
        // Identity's periodic refresh builds a new principal from the database; keep the cookie's session in it.
        services.Configure<SecurityStampValidatorOptions>(o => o.OnRefreshingPrincipal = context =>
        {
            if (SignInSessions.IdOf(context.CurrentPrincipal) is { } session && context.NewPrincipal?.Identity is ClaimsIdentity identity)
            {
                identity.AddClaim(new Claim(SignInSessions.ClaimType, session));
            }

            return Task.CompletedTask;
        });

        services.PostConfigure<RazorPagesOptions>(o =>
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
        // After authentication, so that a policy may count per account (the journal's writes do).
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
