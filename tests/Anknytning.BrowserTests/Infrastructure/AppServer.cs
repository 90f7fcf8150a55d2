using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Anknytning.BrowserTests.Infrastructure;

/// <summary>The real app on Kestrel, on a free loopback port, so a real browser can reach it.</summary>
public sealed class AppServer : WebApplicationFactory<Program>
{
    private readonly DirectoryInfo dataFolder = Directory.CreateTempSubdirectory("anknytning-browser-tests-");

    public AppServer() => UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

    /// <summary>Where the app listens, for example http://127.0.0.1:41234/. Set by <see cref="Start"/>.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        BaseAddress = new Uri(addresses.Addresses.Single());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        // Each run writes to its own folder, never to the app's App_Data.
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={Path.Combine(dataFolder.FullName, "app.db")}");
        builder.UseSetting("DataProtection:KeysPath", Path.Combine(dataFolder.FullName, "keys"));
        // Request logs for every page the browser loads would bury the test output.
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Every browser test signs up from 127.0.0.1 within a few minutes: the per-client budgets meant for
        // strangers would refuse the later ones (the web tests prove the budgets themselves).
        builder.UseSetting("Account:AttemptsPerMinute", "10000");
        builder.UseSetting("Journal:WritesPerMinute", "10000");
        builder.UseSetting("ReadingLists:OpensPerMinute", "10000");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        dataFolder.Delete(recursive: true);
    }
}
