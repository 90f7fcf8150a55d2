using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Anknytning.Web.Data;
using Anknytning.Web.Features.Account;
using Anknytning.Web.Features.Journal;
using Anknytning.Web.Tests.Features.Journal;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace Anknytning.Web.Tests.Site;

/// <summary>The journal's keys live apart from the sign-in keys, and Production never stores either unencrypted.</summary>
public sealed class KeyRingTests
{
    private const string Words = "Första natten hemma grät vi båda.";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Revoking_the_sign_in_keys_signs_everyone_out_but_every_journal_stays_readable()
    {
        await using var factory = new AppFactory();
        var (client, _, email) = await factory.ParentAsync("revoke");
        var id = await client.WriteEntryAsync("Natten", Words);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(factory.DataFolder, "journal-keys"), "key-*.xml"));

        // What an operator does after a cookie leak (docs/operations.md): revoke every key of the shared ring.
        factory.Services.GetRequiredService<IKeyManager>().RevokeAllKeys(DateTimeOffset.UtcNow, "cookie leak drill");

        // The key ring is refreshed in the background, so the revocation takes hold within moments, not at once.
        var status = HttpStatusCode.OK;
        for (var attempt = 0; attempt < 50 && status != HttpStatusCode.Redirect; attempt++)
        {
            using var response = await client.GetAsync($"/dagbok/{id}", Ct);
            status = response.StatusCode;
            await Task.Delay(100, Ct);
        }

        Assert.Equal(HttpStatusCode.Redirect, status);
        var again = factory.CreateBrowsingClient("sv");
        await again.SignInAsync(email, Accounts.Password);
        var page = await again.GetDocumentAsync($"/dagbok/{id}", Ct);
        Assert.Contains(Words, page.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_entry_written_before_the_journal_had_its_own_ring_still_reads()
    {
        await using var factory = new AppFactory();
        var (client, userId, _) = await factory.ParentAsync("gammal");
        long id;
        using (var scope = factory.Services.CreateScope())
        {
            // Exactly how JournalProtector protected text before: the shared ring, this purpose, the account id.
            var shared = scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>().CreateProtector("Anknytning.Journal.v1", userId);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var entry = new JournalEntry
            {
                UserId = userId,
                TitleCiphertext = shared.Protect("Från förr"),
                TextCiphertext = shared.Protect(Words),
                WrittenAt = DateTimeOffset.UtcNow,
                SubmissionId = Guid.NewGuid().ToString("N"),
            };
            db.JournalEntries.Add(entry);
            await db.SaveChangesAsync(Ct);
            id = entry.Id;
        }

        var page = await client.GetDocumentAsync($"/dagbok/{id}", Ct);

        Assert.Contains(Words, page.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Från förr", page.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_entries_are_encrypted_under_the_journal_ring_only()
    {
        await using var factory = new AppFactory();
        var (client, userId, _) = await factory.ParentAsync("ny-ring");
        await client.WriteEntryAsync(null, Words);

        var row = Assert.Single(await factory.Services.EntriesAsync(userId));
        var shared = factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Anknytning.Journal.v1", userId);
        Assert.ThrowsAny<CryptographicException>(() => shared.Unprotect(row.TextCiphertext));
        Assert.Equal(Words, factory.Services.GetRequiredService<JournalProtector>().Unprotect(userId, row.TextCiphertext));
    }

    [Fact]
    public async Task Production_encrypts_both_rings_with_a_certificate_it_made_itself_and_says_so()
    {
        await using var factory = new AppFactory();
        var log = new CapturedLog();
        await using var production = factory.WithWebHostBuilder(b => b
            .UseEnvironment("Production")
            .ConfigureTestServices(s => s.AddSingleton<ILogEventSink>(log)));
        // Only the Production host may touch the data folder: a Testing host would write the first key unencrypted.
        var client = await SignedInClientAsync(production, "produktion@example.se");

        await client.WriteEntryAsync(null, Words);

        foreach (var ring in new[] { "keys", "journal-keys" })
        {
            var key = File.ReadAllText(Assert.Single(Directory.GetFiles(Path.Combine(factory.DataFolder, ring), "key-*.xml")));
            Assert.Contains("EncryptedXmlDecryptor", key, StringComparison.Ordinal);
            Assert.DoesNotContain("not encrypted", key, StringComparison.Ordinal);
        }

        var certificate = Path.Combine(factory.DataFolder, "key-certificate", "data-protection.pfx");
        Assert.True(File.Exists(certificate));
        Assert.Contains(log.Lines, l => l.Contains("made itself", StringComparison.Ordinal) && l.Contains(certificate, StringComparison.Ordinal));
        Assert.DoesNotContain(log.Lines, l => l.Contains("No XML encryptor", StringComparison.Ordinal));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(certificate));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(certificate)!));
        }
    }

    [Fact]
    public async Task After_a_certificate_rotation_keys_from_the_previous_certificate_still_decrypt()
    {
        await using var factory = new AppFactory();
        var old = WriteCertificate(factory.DataFolder, "old.pfx", "gammalt lösen");
        var current = WriteCertificate(factory.DataFolder, "new.pfx", "nytt lösen");
        string userId;
        string ciphertext;
        await using (var before = factory.WithWebHostBuilder(b => b
            .UseSetting("DataProtection:CertificatePath", old)
            .UseSetting("DataProtection:CertificatePassword", "gammalt lösen")))
        {
            var client = await SignedInClientAsync(before, "rotation@example.se");
            await client.WriteEntryAsync(null, Words);
            var row = Assert.Single(await before.Services.EntriesAsync(await UserIdAsync(before, "rotation@example.se")));
            (userId, ciphertext) = (row.UserId, row.TextCiphertext);
        }

        await using var rotated = Rotated(factory, current, old);
        await using var forgotten = Rotated(factory, current, previous: null);

        Assert.Equal(Words, rotated.Services.GetRequiredService<JournalProtector>().Unprotect(userId, ciphertext));
        Assert.ThrowsAny<CryptographicException>(() => forgotten.Services.GetRequiredService<JournalProtector>().Unprotect(userId, ciphertext));
    }

    /// <summary>An account made in this host's database and a client signed in to it through the sign-in form.</summary>
    internal static async Task<HttpClient> SignedInClientAsync(WebApplicationFactory<Program> app, string email)
    {
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
            var result = await users.CreateAsync(new UserAccount { UserName = email, Email = email, CreatedAt = DateTimeOffset.UtcNow }, Accounts.Password);
            Assert.True(result.Succeeded);
        }

        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("sv");
        await client.SignInAsync(email, Accounts.Password);
        return client;
    }

    private static async Task<string> UserIdAsync(WebApplicationFactory<Program> app, string email)
    {
        using var scope = app.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>().FindByEmailAsync(email))!.Id;
    }

    private static WebApplicationFactory<Program> Rotated(AppFactory factory, string current, string? previous) =>
        factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("DataProtection:CertificatePath", current);
            b.UseSetting("DataProtection:CertificatePassword", "nytt lösen");
            if (previous is not null)
            {
                b.UseSetting("DataProtection:PreviousCertificates:0:Path", previous);
                b.UseSetting("DataProtection:PreviousCertificates:0:Password", "gammalt lösen");
            }
        });

    private static string WriteCertificate(string folder, string name, string password)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, password));
        return path;
    }

    private sealed class CapturedLog : ILogEventSink
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public void Emit(LogEvent logEvent) =>
            Lines.Enqueue(logEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}
