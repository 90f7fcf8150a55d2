using System.Runtime.Versioning;
using Anknytning.Web.Tests.Features.Journal;
using Microsoft.AspNetCore.Hosting;

namespace Anknytning.Web.Tests.Data;

/// <summary>Only the app's own user can read the database and the keys: folders 700, files 600.</summary>
public sealed class FileModeTests
{
    private const UnixFileMode Folder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode File600 = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task App_data_and_key_folders_are_700_and_the_database_and_key_files_600()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes");
        await using var factory = new AppFactory();
        // The app makes App_Data itself here, as it does beside a published app.
        var appData = Path.Combine(factory.DataFolder, "App_Data");
        await using var app = factory.WithWebHostBuilder(b => b
            .UseSetting("ConnectionStrings:Default", $"Data Source={Path.Combine(appData, "anknytning.db")}")
            .UseSetting("DataProtection:KeysPath", Path.Combine(appData, "keys")));
        var client = await Site.KeyRingTests.SignedInClientAsync(app, "filer@example.se");
        await client.WriteEntryAsync(null, "Något som skrivs till databasen och dess logg.");

        foreach (var folder in new[] { "", "keys", "journal-keys" })
        {
            Assert.Equal(Folder, File.GetUnixFileMode(Path.Combine(appData, folder)));
        }

        var files = new[] { "anknytning.db", "anknytning.db-wal", "anknytning.db-shm" }.Select(f => Path.Combine(appData, f))
            .Concat(Directory.GetFiles(Path.Combine(appData, "keys"), "*.xml"))
            .Concat(Directory.GetFiles(Path.Combine(appData, "journal-keys"), "*.xml"))
            .ToList();
        Assert.Equal(5, files.Count);
        Assert.All(files, f => Assert.Equal((f, File600), (f, File.GetUnixFileMode(f))));
    }
}
