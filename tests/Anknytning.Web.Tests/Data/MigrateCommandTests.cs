using System.Diagnostics;
using System.Net;
using Anknytning.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Anknytning.Web.Tests.Data;

/// <summary>`dotnet Anknytning.Web.dll migrate` for a deployment, and /health for a load balancer.</summary>
public sealed class MigrateCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Migrate_brings_a_PostgreSQL_database_up_to_date_and_exits_0()
    {
        var database = PostgreSqlServer.CreateDatabase();
        try
        {
            var (code, output, errors) = await MigrateAsync(database);

            Assert.Equal(0, code);
            Assert.Contains("migrate: the database is up to date", output, StringComparison.Ordinal);
            Assert.Equal("", errors);
            await using var db = new PostgreSqlAppDbContext(new DbContextOptionsBuilder<PostgreSqlAppDbContext>().UseNpgsql(database).Options);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
        }
        finally
        {
            PostgreSqlServer.DropDatabase(database);
        }
    }

    [Fact]
    public async Task Migrate_without_a_database_exits_1_with_one_line()
    {
        var (code, _, errors) = await MigrateAsync($"Host=127.0.0.1;Port={BuiltApp.FreePort()};Username=nobody;Database=none;Timeout=3");

        Assert.Equal(1, code);
        var line = Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("migrate failed: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_says_unhealthy_when_the_database_is_gone()
    {
        await using var factory = new PostgreSqlAppFactory();
        using (var healthy = await factory.CreateClient().GetAsync("/health", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
        }

        PostgreSqlServer.DropDatabase(factory.ConnectionString);

        using var gone = await factory.CreateClient().GetAsync("/health", Ct);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, gone.StatusCode);
    }

    private static async Task<(int Code, string Output, string Errors)> MigrateAsync(string connectionString)
    {
        var folder = Directory.CreateTempSubdirectory("anknytning-migrate-").FullName;
        try
        {
            var start = BuiltApp.StartInfo("Testing", folder);
            start.ArgumentList.Add("migrate");
            start.Environment["Database__Provider"] = "PostgreSQL";
            start.Environment["ConnectionStrings__Default"] = connectionString;
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync(Ct);
            var errors = process.StandardError.ReadToEndAsync(Ct);
            await process.WaitForExitAsync(Ct);
            return (process.ExitCode, await output, await errors);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
