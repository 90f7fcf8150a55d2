using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Anknytning.Web.Features.Progress;

public static class ProgressSetup
{
    public static IServiceCollection AddProgress(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<ReadingProgress>();
        // Everything under /min-lasning is one reader's own: sign-in first.
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizeFolder("/Progress"));
        return services;
    }
}
