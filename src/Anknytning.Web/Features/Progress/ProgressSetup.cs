using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anknytning.Web.Features.Progress;

public static class ProgressSetup
{
    public static IServiceCollection AddProgress(this IServiceCollection services)
    {
        services.AddScoped<ReadingProgress>();
        // Everything under /min-lasning is one reader's own: sign-in first.
        services.PostConfigure<RazorPagesOptions>(o => o.Conventions.AuthorizeFolder("/Progress"));
        return services;
    }
}
