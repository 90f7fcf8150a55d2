using System.ComponentModel.DataAnnotations;
using System.Threading.RateLimiting;
using Anknytning.Web.Site;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Anknytning.Web.Features.ReadingLists;

public sealed class ReadingListsOptions
{
    /// <summary>List pages (by code) one client may open per minute: plenty for a parent, slow for a guesser.</summary>
    [Range(1, 100_000)]
    public int OpensPerMinute { get; set; } = 60;
}

public static class ReadingListsSetup
{
    /// <summary>The rate-limiter policy on every page that looks a list up by its code.</summary>
    public const string OpeningPolicy = "reading-list-opens";

    public static IServiceCollection AddReadingLists(this IServiceCollection services)
    {
        services.AddOptions<ReadingListsOptions>().BindConfiguration("ReadingLists").ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<HealthVisitors>();
        services.AddScoped<VisitorLists>();
        services.AddScoped<ParentLists>();
        services.AddScoped<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, HealthVisitorCheck>();
        services.AddAuthorizationBuilder().AddPolicy(HealthVisitors.Policy, p => p
            .RequireAuthenticatedUser()
            .AddRequirements(new HealthVisitorRequirement()));

        services.AddRateLimiter(o => o.AddPolicy(OpeningPolicy, context =>
        {
            var client = ClientNetwork.Of(context);
            var limit = context.RequestServices.GetRequiredService<IOptions<ReadingListsOptions>>().Value.OpensPerMinute;
            return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limit,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
        }));

        // The editor is for health visitors only, checked against the database on every request.
        services.PostConfigure<RazorPagesOptions>(o => o.Conventions.AuthorizeFolder("/ReadingLists/Editor", HealthVisitors.Policy));
        return services;
    }
}
