using Anknytning.Web.Site;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Anknytning.Web.Data;

public static class DatabaseSetup
{
    /// <summary>
    /// SQLite in a file under App_Data by default: nothing to install. A relative path is resolved from the
    /// content root, so a fresh clone and a published folder can both write there.
    /// </summary>
    public static IServiceCollection AddDatabase(this IServiceCollection services)
    {
        // Pooled: every signed-in request needs a context for its session check, and setting one up was a visible
        // share of a signed-in page. The options are built once; the connection string never changes.
        services.AddDbContextPool<AppDbContext>(
            (sp, options) => options.UseSqlite(ConnectionString(
                sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>())));
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database");
        return services;
    }

    /// <summary>Brings the schema up to date with the checked-in migrations before the first request.</summary>
    public static WebApplication UseDatabase(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (db.Database.IsSqlite())
        {
            CreatePrivateFile(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource);
        }

        db.Database.Migrate();
        if (db.Database.IsSqlite())
        {
            // WAL lets readers and a writer work at once and survives a killed process; it is stored in the
            // file, so setting it once is enough.
            db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
        }

        return app;
    }

    public static string ConnectionString(IConfiguration configuration, IHostEnvironment environment)
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
