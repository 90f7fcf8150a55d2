using System.Diagnostics;
using Npgsql;

[assembly: AssemblyFixture(typeof(Anknytning.Web.Tests.PostgreSqlServer))]

namespace Anknytning.Web.Tests;

/// <summary>
/// The PostgreSQL the data tests also run on: the one ANKNYTNING_TEST_POSTGRES names (a connection string whose
/// user may create databases), or else a throwaway one from tests/tools/postgres.sh, started when the first test
/// needs it and stopped when the test run ends. Each factory gets a database of its own.
/// </summary>
public sealed class PostgreSqlServer : IAsyncDisposable
{
    public const string Variable = "ANKNYTNING_TEST_POSTGRES";

    private static readonly Lazy<string> Server = new(Start);
    private static bool startedHere;

    /// <summary>The server's maintenance connection string (database "postgres").</summary>
    public static string ConnectionString => Server.Value;

    /// <summary>A new, empty database; the app migrates it as it would a production one.</summary>
    public static string CreateDatabase()
    {
        var name = $"anknytning_test_{Guid.NewGuid():N}";
        Execute($"CREATE DATABASE \"{name}\"");
        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    public static void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    public static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public async ValueTask DisposeAsync()
    {
        if (startedHere)
        {
            NpgsqlConnection.ClearAllPools();
            using var stop = Process.Start(Script("stop", ConnectionString))!;
            await stop.WaitForExitAsync();
        }
    }

    private static string Start()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } existing)
        {
            return existing;
        }

        using var start = Process.Start(Script("start", "--owner", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)))!;
        var errors = start.StandardError.ReadToEndAsync();
        var output = start.StandardOutput.ReadToEnd();
        start.WaitForExit();
        if (start.ExitCode != 0)
        {
            throw new InvalidOperationException($"tests/tools/postgres.sh start failed ({start.ExitCode}): {errors.Result}");
        }

        startedHere = true;
        return output.Trim().Split('\n')[^1];
    }

    private static ProcessStartInfo Script(params string[] arguments)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "tests", "tools", "postgres.sh")))
        {
            folder = folder.Parent;
        }

        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(folder?.FullName ?? throw new InvalidOperationException("tests/tools/postgres.sh not found above the test folder"), "tests", "tools", "postgres.sh"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }
}
