using System.Diagnostics;
using System.Net;

namespace Anknytning.Web.Tests.Features.ReadingLists;

/// <summary>The role is given and taken only with the command; it takes effect at once, also while signed in.</summary>
public sealed class HealthVisitorCommandTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Built_app_grants_and_revokes_while_the_site_runs_and_a_signed_in_visitor_feels_it_at_once()
    {
        // The site is running (the test server, on the same database file) and the person is signed in as a parent.
        var client = await factory.SignedInClientAsync("sjukskoterska@example.se");
        using (var before = await client.GetAsync("/laslistor", Ct))
        {
            Assert.Equal(HttpStatusCode.Forbidden, before.StatusCode);
        }

        var granted = await RunBuiltAppAsync("grant", "Sjukskoterska@Example.se");
        Assert.Equal(0, granted.ExitCode);
        Assert.Equal(["sjukskoterska@example.se is now a health visitor."], granted.Output);

        // No new sign-in needed: the same cookie now opens the editor, and /konto links to it.
        Assert.Equal("/laslistor", (await client.GetDocumentAsync("/konto", Ct)).QuerySelector("a[href='/laslistor']")?.GetAttribute("href"));
        await client.CreateListAsync("Lista", null, "barnets-behov-av-narhet/behov-av-narhet");

        var revoked = await RunBuiltAppAsync("revoke", "sjukskoterska@example.se");
        Assert.Equal(0, revoked.ExitCode);
        Assert.Equal(["sjukskoterska@example.se is no longer a health visitor."], revoked.Output);
        using var after = await client.GetAsync("/laslistor", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
        Assert.Null((await client.GetDocumentAsync("/konto", Ct)).QuerySelector("a[href='/laslistor']"));
    }

    [Fact]
    public async Task Built_app_refuses_an_unknown_address_with_exit_code_1()
    {
        var result = await RunBuiltAppAsync("grant", "ingen@example.se");
        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Contains("No account has the address ingen@example.se", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Granting_twice_and_revoking_a_parent_say_so_in_one_line()
    {
        await factory.CreateAccountAsync("tva-ganger@example.se");
        Assert.Equal((0, "tva-ganger@example.se is now a health visitor.\n", ""), Lines(await factory.HealthVisitorCommandAsync("grant", "tva-ganger@example.se")));
        Assert.Equal((0, "tva-ganger@example.se is already a health visitor.\n", ""), Lines(await factory.HealthVisitorCommandAsync("grant", "tva-ganger@example.se")));
        await factory.CreateAccountAsync("foralder@example.se");
        Assert.Equal((0, "foralder@example.se was not a health visitor.\n", ""), Lines(await factory.HealthVisitorCommandAsync("revoke", "foralder@example.se")));
        var usage = await factory.HealthVisitorCommandAsync("promote", "foralder@example.se");
        Assert.Equal(2, usage.ExitCode);
        Assert.StartsWith("Usage:", usage.Errors, StringComparison.Ordinal);
    }

    private static (int, string, string) Lines((int Code, string Output, string Errors) result) =>
        (result.Code, result.Output.ReplaceLineEndings("\n"), result.Errors);

    /// <summary>`dotnet Anknytning.Web.dll health-visitor …` on the factory's database, as an administrator runs it.</summary>
    private async Task<(int ExitCode, List<string> Output, string Errors)> RunBuiltAppAsync(params string[] args)
    {
        _ = factory.Server; // the site is up and has migrated the database
        var start = BuiltApp.StartInfo("Production", factory.DataFolder);
        start.ArgumentList.Add("health-visitor");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(Ct);
        var errors = process.StandardError.ReadToEndAsync(Ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        var lines = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        return (process.ExitCode, lines, await errors);
    }
}
