using System.Net;
using Anknytning.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Anknytning.Web.Tests;

/// <summary>
/// The real app over an in-memory test server, with its own data folder per factory: a SQLite file there, or
/// (<see cref="PostgreSqlAppFactory"/>) a database of its own on the test PostgreSQL.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>
{
    private readonly Lazy<string> connectionString;

    public AppFactory()
        : this(DatabaseProvider.Sqlite)
    {
    }

    protected AppFactory(DatabaseProvider provider)
    {
        Provider = provider;
        connectionString = new(() => provider == DatabaseProvider.PostgreSql
            ? PostgreSqlServer.CreateDatabase()
            : $"Data Source={Path.Combine(DataFolder, "app.db")}");
    }

    public DatabaseProvider Provider { get; }

    public string DataFolder { get; } = Directory.CreateTempSubdirectory("anknytning-tests-").FullName;

    /// <summary>This factory's database; made on first use, so a factory never started makes none.</summary>
    public string ConnectionString => connectionString.Value;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Default", ConnectionString);
        builder.UseSetting("DataProtection:KeysPath", Path.Combine(DataFolder, "keys"));
        // Every test client comes from the same address; the rate-limit test sets its own, lower limit.
        builder.UseSetting("Account:AttemptsPerMinute", "10000");
        builder.UseSetting("ReadingLists:OpensPerMinute", "10000");
        // The test server has no peer address; Kestrel would see the loopback one. Give requests that, so the
        // forwarded-header and per-client rules see what they see in production behind nothing.
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, LoopbackPeer>());
    }

    private sealed class LoopbackPeer : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress ??= IPAddress.Loopback;
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    /// <summary>A client that does not follow redirects, so tests can see them, and keeps cookies.</summary>
    public HttpClient CreateBrowsingClient(string? acceptLanguage = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (acceptLanguage is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Provider == DatabaseProvider.PostgreSql && connectionString.IsValueCreated)
        {
            PostgreSqlServer.DropDatabase(ConnectionString);
        }

        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on some platforms; the temp folder is cleaned by the OS.
        }

        GC.SuppressFinalize(this);
    }
}

/// <summary>The same app on PostgreSQL, for the data tests that run on both providers.</summary>
public sealed class PostgreSqlAppFactory : AppFactory
{
    public PostgreSqlAppFactory()
        : base(DatabaseProvider.PostgreSql)
    {
    }
}
