using System.Reflection;
using Anknytning.Web.Features.Account;
using Anknytning.Web.Features.Journal;
using Anknytning.Web.Features.Progress;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Anknytning.Web.Tests.Site;

/// <summary>Who may read a journal never depends on the order of the lines in Program.cs.</summary>
public sealed class SetupOrderTests
{
    [Fact]
    public void Access_rules_hold_whether_razor_pages_are_added_before_or_after_the_features()
    {
        foreach (var razorPagesFirst in new[] { true, false })
        {
            var conventions = ConventionsWith(razorPagesFirst);
            Assert.True(NeedsSignIn(conventions, "/Journal/Index"), $"journal open (Razor Pages first: {razorPagesFirst})");
            Assert.True(NeedsSignIn(conventions, "/Progress/Index"), $"reading open (Razor Pages first: {razorPagesFirst})");
            Assert.True(NeedsSignIn(conventions, "/Account/Index"), $"account open (Razor Pages first: {razorPagesFirst})");
            Assert.False(NeedsSignIn(conventions, "/Lessons/Lesson"), $"lessons closed (Razor Pages first: {razorPagesFirst})");
        }
    }

    /// <summary>Applies the conventions to a page as Razor Pages would, and looks for an authorize rule.</summary>
    private static bool NeedsSignIn(PageConventionCollection conventions, string page)
    {
        var descriptor = new PageActionDescriptor { RelativePath = $"/Features{page}.cshtml", ViewEnginePath = page };
        var model = new PageApplicationModel(descriptor, typeof(object).GetTypeInfo(), []);
        foreach (var convention in conventions.OfType<IPageApplicationModelConvention>())
        {
            convention.Apply(model);
        }

        return model.EndpointMetadata.OfType<IAuthorizeData>().Any() && !model.EndpointMetadata.OfType<IAllowAnonymous>().Any();
    }

    /// <summary>The page conventions (access rules among them) that the features leave in the options.</summary>
    private static PageConventionCollection ConventionsWith(bool razorPagesFirst)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        if (razorPagesFirst)
        {
            services.AddRazorPages();
        }

        services.AddAccounts();
        services.AddProgress();
        services.AddJournal();
        if (!razorPagesFirst)
        {
            services.AddRazorPages();
        }

        // Not disposed: the conventions are read after this returns, and the provider holds nothing to release.
        var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<RazorPagesOptions>>().Value.Conventions;
    }
}
