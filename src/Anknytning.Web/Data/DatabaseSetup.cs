using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Anknytning.Web.Data;

public static class DatabaseSetup
{
    /// <summary>
    /// SQLite in a file under App_Data by default: nothing to install. A relative path is resolved from the
    /// content root, so a fresh clone and a published folder can both write there.
    /// </summary>
    public static IServiceCollection AddDatabase(this IServiceCollection services)
    {
        // Options are built once (singleton), not per request: the connection string never changes.
        services.AddDbContext<AppDbContext>(
            (sp, options) => options.UseSqlite(ConnectionString(
                sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>())),
            contextLifetime: ServiceLifetime.Scoped,
            optionsLifetime: ServiceLifetime.Singleton);
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database");

        // Sign-in cookies (and later the journal's encryption) need keys that outlive a restart: keep them in a
        // folder of their own, outside wwwroot, and back it up with the database (docs/operations.md).
        services.AddDataProtection().SetApplicationName("Anknytning");
        services.AddOptions<KeyManagementOptions>()
            .Configure<IConfiguration, IHostEnvironment>((o, configuration, environment) =>
                o.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(KeysFolder(configuration, environment)), NullLoggerFactory.Instance));
        return services;
    }

    /// <summary>Brings the schema up to date with the checked-in migrations before the first request.</summary>
    public static WebApplication UseDatabase(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Database.Migrate();
        if (db.Database.IsSqlite())
        {
            // WAL lets readers and a writer work at once and survives a killed process; it is stored in the
            // file, so setting it once is enough.
            db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
        }

        return app;
    }

    public static string KeysFolder(IConfiguration configuration, IHostEnvironment environment) =>
        Path.GetFullPath(configuration["DataProtection:KeysPath"] ?? "App_Data/keys", environment.ContentRootPath);

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
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        // Many parents marking sections at once wait their turn (up to 30 s) rather than fail with "database is locked".
        builder.DefaultTimeout = 30;
        builder.Pooling = true;
        return builder.ToString();
    }
}
