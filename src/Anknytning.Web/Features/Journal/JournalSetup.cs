using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anknytning.Web.Features.Journal;

public static class JournalSetup
{
    public static IServiceCollection AddJournal(this IServiceCollection services)
    {
        services.AddSingleton<JournalProtector>();
        services.AddSingleton<SealedSearch>();
        services.AddScoped<JournalEntries>();
        services.AddScoped<ParentDates>();
        services.AddOptions<JournalOptions>().BindConfiguration("Journal").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<WritingPace>();
        // A journal is one parent's alone: every page under /dagbok needs sign-in.
        services.PostConfigure<RazorPagesOptions>(o => o.Conventions.AuthorizeFolder("/Journal"));
        return services;
    }
}
