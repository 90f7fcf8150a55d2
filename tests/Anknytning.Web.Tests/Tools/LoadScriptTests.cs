using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Anknytning.Web.Tests.Tools;

/// <summary>
/// The load script (tests/tools/load.sh) is too noisy for a pass/fail threshold, but it must keep running: here on
/// a tiny budget, against the app this test project built, and every ratio line must come out. It runs alone, after
/// the parallel tests: it measures, and on a busy machine it would starve.
/// </summary>
[Collection(nameof(LoadScriptTests))]
public sealed partial class LoadScriptTests
{
    [Fact]
    public async Task The_load_script_runs_on_a_tiny_budget_and_prints_every_ratio()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "a bash script");
        var root = RepositoryRoot();
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(root, "tests", "tools", "load.sh"), "--quick", "--app", AppContext.BaseDirectory })
        {
            start.ArgumentList.Add(argument);
        }

        using var script = Process.Start(start)!;
        var output = script.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = script.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        budget.CancelAfter(TimeSpan.FromMinutes(5));
        try
        {
            await script.WaitForExitAsync(budget.Token);
        }
        catch (OperationCanceledException)
        {
            script.Kill(entireProcessTree: true);
            throw;
        }

        var printed = await output;
        Assert.True(script.ExitCode == 0, $"load.sh exited {script.ExitCode}:\n{printed}\n{await errors}");
        foreach (var page in new[] { "home", "theme", "lesson", "whole-source", "search", "lesson-signed-in", "home-signed-in" })
        {
            Assert.Matches(new Regex($@"^{page} +\d+ +\d+ +\d+ +\d+\.\d\dx$", RegexOptions.Multiline), printed);
        }

        Assert.Matches(ColdStart(), printed);
        Assert.Matches(Memory(), printed);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, "tests", "tools", "load.sh")))
        {
            folder = folder.Parent ?? throw new InvalidOperationException("tests/tools/load.sh not found above the test's folder.");
        }

        return folder.FullName;
    }

    [GeneratedRegex(@"^cold start to the first 200 on /: \d+ ms \(median of 1 restart\(s\): \d+ ms\)$", RegexOptions.Multiline)]
    private static partial Regex ColdStart();

    [GeneratedRegex(@"^RSS after \d+ mixed requests: \d+ MB$", RegexOptions.Multiline)]
    private static partial Regex Memory();
}

[CollectionDefinition(nameof(LoadScriptTests), DisableParallelization = true)]
public sealed class LoadScriptRunsAlone;
