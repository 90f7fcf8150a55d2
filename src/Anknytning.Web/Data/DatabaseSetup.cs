using System.Reflection;
using Anknytning.Web.Site;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Anknytning.Web.Data;

/// <summary>Where the data lives: "Database:Provider" is Sqlite (the default) or PostgreSQL, case-insensitive.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

public static class DatabaseSetup
{
    /// <summary>Any number; the same in every instance, so that only one of them migrates at a time.</summary>
    private const long MigrationLock = 0x616E6B6E_79746E67;

    /// <summary>
    /// SQLite in a file under App_Data by default: nothing to install. PostgreSQL when several instances share one
    /// database. Both context types are registered and the configuration picks one when <see cref="AppDbContext"/>
    /// is resolved, so test hosts can override the provider like any setting.
    /// </summary>
    public static IServiceCollection AddDatabase(this IServiceCollection services)
    {
        // Pooled: a request borrows a context that is already set up (options built once, EF Core's services
        // resolved) instead of building one, which made a signed-in page 30-50 % faster (docs/benchmarks.md).
        // A pooled context is reset when returned, so nothing of one reader's request reaches the next.
        services.AddDbContextPool<SqliteAppDbContext>(
            (sp, options) => options.UseConfiguredDatabase(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>()));
        services.AddDbContextPool<PostgreSqlAppDbContext>(
            (sp, options) => options.UseConfiguredDatabase(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>()));
        services.AddScoped<AppDbContext>(sp => ProviderFrom(sp.GetRequiredService<IConfiguration>()) switch
        {
            DatabaseProvider.PostgreSql => sp.GetRequiredService<PostgreSqlAppDbContext>(),
            _ => sp.GetRequiredService<SqliteAppDbContext>(),
        });

        // A load balancer takes an instance out when its database stops answering this one-row query.
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>(
            "database",
            customTestQuery: async (db, ct) =>
            {
                await db.SignInSessions.AnyAsync(ct);
                return true;
            });
        return services;
    }

    public static DatabaseProvider ProviderFrom(IConfiguration configuration) => configuration["Database:Provider"] switch
    {
        null or "" => DatabaseProvider.Sqlite,
        var name when name.Equals("Sqlite", StringComparison.OrdinalIgnoreCase) => DatabaseProvider.Sqlite,
        var name when name.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase) => DatabaseProvider.PostgreSql,
        var name => throw new InvalidOperationException($"Database:Provider is \"{name}\"; it must be Sqlite or PostgreSQL."),
    };

    /// <summary>The configured provider and connection string; also used by the journal's key ring (<see cref="KeyRings"/>).</summary>
    public static DbContextOptionsBuilder UseConfiguredDatabase(this DbContextOptionsBuilder options, IConfiguration configuration, IHostEnvironment environment) =>
        ProviderFrom(configuration) switch
        {
            DatabaseProvider.PostgreSql => options.UseNpgsql(
                configuration.GetConnectionString("Default")
                    ?? throw new InvalidOperationException("Database:Provider is PostgreSQL but ConnectionStrings:Default is not set.")),
            _ => options.UseSqlite(SqliteConnectionString(configuration, environment)),
        };

    /// <summary>Brings the schema up to date with the checked-in migrations before the first request.</summary>
    public static WebApplication UseDatabase(this WebApplication app)
    {
        // A restart on an up-to-date SQLite database asks a plain connection. Any question to EF Core would build
        // its model first, a quarter of a second before the first page, which (anonymous) needs no database; the
        // first signed-in request builds it instead. Building it in the background competed with that first page.
        if (ProviderFrom(app.Configuration) == DatabaseProvider.Sqlite
            && SqliteIsUpToDate(SqliteConnectionString(app.Configuration, app.Environment)))
        {
            return app;
        }

        using var scope = app.Services.CreateScope();
        Migrate(scope.ServiceProvider.GetRequiredService<AppDbContext>());
        return app;
    }

    /// <summary>
    /// <c>dotnet Anknytning.Web.dll migrate</c>: applies the migrations and exits, so a deployment can migrate
    /// before any instance starts. 0 when the database is up to date; otherwise 1 and one line saying why.
    /// </summary>
    public static int RunMigrateCommand(this WebApplication app)
    {
        try
        {
            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Migrate(db);
            Console.WriteLine($"migrate: the database is up to date ({db.Database.GetAppliedMigrations().Count()} migrations applied).");
            return 0;
        }
#pragma warning disable CA1031 // Whatever stopped it, the operator gets one line and a non-zero exit code, not a stack.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Console.Error.WriteLine($"migrate failed: {e.GetBaseException().Message.ReplaceLineEndings(" ")}");
            return 1;
        }
    }

    /// <summary>The start-up's migration, also run by the <c>migrate</c> and <c>migrate-data</c> commands.</summary>
    internal static void Migrate(AppDbContext db)
    {
        if (db.Database.IsSqlite())
        {
            if (SqliteIsUpToDate(db.Database.GetConnectionString()!))
            {
                return;
            }

            db.Database.Migrate();
            // WAL lets readers and a writer work at once and survives a killed process; it is stored in the
            // file, so setting it once is enough.
            db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
            return;
        }

        // Instances that start together queue on one session lock: the first migrates, the others then find
        // nothing left to do. A killed instance's lock ends with its connection; a live one unlocks at once,
        // because a pooled connection keeps its session (and so the lock) after Close.
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        db.Database.OpenConnection();
        try
        {
            db.Database.ExecuteSql($"SELECT pg_advisory_lock({MigrationLock})");
            try
            {
                // Made first, so that EF Core's look at the applied migrations never logs a missing table as an error.
                db.GetService<IHistoryRepository>().CreateIfNotExists();
                if (db.Database.GetPendingMigrations().Any())
                {
                    db.Database.Migrate();
                }
            }
            finally
            {
                db.Database.ExecuteSql($"SELECT pg_advisory_unlock({MigrationLock})");
            }
        }
        finally
        {
            db.Database.CloseConnection();
        }
    }

    /// <summary>
    /// Every checked-in SQLite migration is in the database's history: a restart then skips <c>Migrate</c>, whose
    /// check of the model against the migrations costs a start about a tenth of a second (MigrationTests makes that
    /// check once, in the tests). Also makes the file private first, before SQLite ever opens it.
    /// </summary>
    private static bool SqliteIsUpToDate(string connectionString)
    {
        CreatePrivateFile(new SqliteConnectionStringBuilder(connectionString).DataSource);
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'";
        if (command.ExecuteScalar() is null)
        {
            return false;
        }

        command.CommandText = "SELECT MigrationId FROM __EFMigrationsHistory";
        var applied = new HashSet<string>(StringComparer.Ordinal);
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                applied.Add(reader.GetString(0));
            }
        }

        return CheckedInMigrations(typeof(SqliteAppDbContext)).All(applied.Contains);
    }

    /// <summary>The ids of a context's migrations, found the way EF Core finds them, but without its model.</summary>
    public static IEnumerable<string> CheckedInMigrations(Type context) =>
        typeof(DatabaseSetup).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Migration)) && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == context)
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()!.Id)
            .Order(StringComparer.Ordinal);

    /// <summary>A relative path is resolved from the content root, so a fresh clone and a published folder can both write there.</summary>
    public static string SqliteConnectionString(IConfiguration configuration, IHostEnvironment environment)
    {
        var builder = new SqliteConnectionStringBuilder(
            configuration.GetConnectionString("Default") ?? "Data Source=App_Data/anknytning.db");
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.Combine(environment.ContentRootPath, builder.DataSource);
        }

        if (builder.DataSource != ":memory:")
        {
            PrivateStorage.CreateFolder(Path.GetDirectoryName(builder.DataSource)!);
        }

        // Many parents marking sections at once wait their turn (up to 30 s) rather than fail with "database is locked".
        builder.DefaultTimeout = 30;
        builder.Pooling = true;
        return builder.ToString();
    }

    /// <summary>
    /// The database holds every parent's account and journal: 600 before SQLite first opens it. SQLite gives its
    /// -wal and -shm files the database's own mode; files from before this rule are tightened at every start.
    /// </summary>
    private static void CreatePrivateFile(string dataSource)
    {
        if (dataSource is "" or ":memory:")
        {
            return;
        }

        if (!File.Exists(dataSource))
        {
            // An empty file is an empty SQLite database.
            PrivateStorage.WriteNewFile(dataSource, []);
        }

        foreach (var file in new[] { dataSource, dataSource + "-wal", dataSource + "-shm", dataSource + "-journal" })
        {
            PrivateStorage.Restrict(file);
        }
    }
}
