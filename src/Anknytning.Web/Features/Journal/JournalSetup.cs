using System.Threading.RateLimiting;
using Anknytning.Web.Features.Account;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Anknytning.Web.Features.Journal;

public static class JournalSetup
{
    /// <summary>Limits the sign-in on the write page as the sign-in page is limited; writing itself is not limited.</summary>
    public const string SignInAgainPolicy = "journal-sign-in-again";

    public static IServiceCollection AddJournal(this IServiceCollection services)
    {
        services.AddSingleton<JournalProtector>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<Journal>();
        services.AddOptions<JournalOptions>().BindConfiguration("Journal").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<WritingPace>();
        // A journal is one parent's alone: every page under /dagbok needs sign-in.
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizeFolder("/Journal"));
        services.AddRateLimiter(o => o.AddPolicy(SignInAgainPolicy, context =>
        {
            if (!HttpMethods.IsPost(context.Request.Method)
                || !string.Equals(context.Request.Query["handler"], "SignInAndKeep", StringComparison.OrdinalIgnoreCase))
            {
                return RateLimitPartition.GetNoLimiter("write");
            }

            var limit = context.RequestServices.GetRequiredService<IOptions<AccountOptions>>().Value.AttemptsPerMinute;
            return RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
        }));
        return services;
    }
}
