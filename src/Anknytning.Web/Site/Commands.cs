using Anknytning.Web.Data;
using Anknytning.Web.Features.ReadingLists;

namespace Anknytning.Web.Site;

/// <summary>
/// The administrator's commands, run in the published folder as <c>dotnet Anknytning.Web.dll &lt;command&gt; …</c>.
/// A command runs instead of the site, on the built app's services and configuration, and returns the exit code.
/// </summary>
public static class Commands
{
    private static readonly Dictionary<string, Func<WebApplication, string[], Task<int>>> All = new(StringComparer.Ordinal)
    {
        ["migrate"] = (app, _) => Task.FromResult(app.RunMigrateCommand()),
        [MigrateDataCommand.Name] = MigrateDataCommand.RunAsync,
        [HealthVisitorCommand.Name] = HealthVisitorCommand.RunAsync,
    };

    /// <summary>The command the arguments name, or null when they name none (then the site runs).</summary>
    public static Func<Task<int>>? FindCommand(this WebApplication app, string[] args) =>
        args is [var name, ..] && All.TryGetValue(name, out var run) ? () => run(app, args) : null;
}
