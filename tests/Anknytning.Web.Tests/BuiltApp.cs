using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Anknytning.Web.Tests;

/// <summary>The built app as its own process, the way `dotnet Anknytning.Web.dll` runs it, with its data in a test folder.</summary>
internal static class BuiltApp
{
    public static ProcessStartInfo StartInfo(string environment, string dataFolder)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            // The content root is the working folder, so content/ and appsettings.json are the copies beside the app.
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Anknytning.Web.dll"));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment["ConnectionStrings__Default"] = $"Data Source={Path.Combine(dataFolder, "app.db")}";
        start.Environment["DataProtection__KeysPath"] = Path.Combine(dataFolder, "keys");
        return start;
    }

    /// <summary>A loopback port nothing listens on right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
