using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.Options;

namespace Anknytning.Web.Site;

/// <summary>Where both key rings are kept.</summary>
public enum KeyStore
{
    /// <summary>Two folders beside the database: right for one machine.</summary>
    FileSystem,

    /// <summary>Two tables in the app's database, so that every instance behind a load balancer reads the same keys.</summary>
    Database,
}

/// <summary>The "DataProtection" settings: where the two key rings live and the certificate that encrypts them.</summary>
public sealed class KeyStorageOptions
{
    public KeyStore Store { get; set; } = KeyStore.FileSystem;

    /// <summary>The shared ring: sign-in cookies, antiforgery tokens, reset links. Relative to the content root.</summary>
    public string KeysPath { get; set; } = "App_Data/keys";

    /// <summary>The journal's own ring. Unset: a folder "journal-keys" beside <see cref="KeysPath"/>.</summary>
    public string? JournalKeysPath { get; set; }

    /// <summary>A PKCS#12 (.pfx) file whose certificate encrypts new keys of both rings at rest.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>Certificates that encrypted keys before a rotation: still needed to read those keys.</summary>
    public IList<CertificateFile> PreviousCertificates { get; } = [];
}

public sealed class CertificateFile
{
    public string Path { get; set; } = "";

    public string? Password { get; set; }
}

/// <summary>
/// Where the two key rings live and how their keys are encrypted at rest. Production encrypts with a certificate:
/// the configured DataProtection:CertificatePath, or else one it makes once in a 700 folder of its own (and warns
/// about at every start), so that a copied keys folder alone decrypts nothing. Development and tests store keys
/// unencrypted, on purpose and without a warning per key.
/// </summary>
public sealed class KeyRings
{
    private KeyRings(KeyStore store, string sharedFolder, string journalFolder, X509Certificate2? certificate, IReadOnlyList<X509Certificate2> decryption, string? generated)
    {
        Store = store;
        SharedFolder = sharedFolder;
        JournalFolder = journalFolder;
        Certificate = certificate;
        DecryptionCertificates = decryption;
        GeneratedCertificate = generated;
    }

    public KeyStore Store { get; }

    public string SharedFolder { get; }

    public string JournalFolder { get; }

    /// <summary>Encrypts new keys; null in Development and tests when none is configured.</summary>
    public X509Certificate2? Certificate { get; }

    /// <summary>The current certificate and the previous ones: any of them may have encrypted a stored key.</summary>
    public IReadOnlyList<X509Certificate2> DecryptionCertificates { get; }

    /// <summary>The certificate file this server made itself, when no certificate is configured in Production.</summary>
    public string? GeneratedCertificate { get; }

    public static KeyRings From(IConfiguration configuration, IHostEnvironment environment)
    {
        var settings = configuration.GetSection("DataProtection").Get<KeyStorageOptions>() ?? new KeyStorageOptions();
        string Full(string path) => Path.GetFullPath(path, environment.ContentRootPath);

        var shared = Full(settings.KeysPath);
        var dataFolder = Path.GetDirectoryName(shared)!;
        var journal = settings.JournalKeysPath is { Length: > 0 } journalPath ? Full(journalPath) : Path.Combine(dataFolder, "journal-keys");
        var previous = settings.PreviousCertificates.Select(c => Load(Full(c.Path), c.Password)).ToList();

        X509Certificate2? current = null;
        string? generated = null;
        if (settings.CertificatePath is { Length: > 0 } certificatePath)
        {
            current = Load(Full(certificatePath), settings.CertificatePassword);
        }
        else if (!environment.IsDevelopment() && !environment.IsEnvironment("Testing"))
        {
            generated = Path.Combine(dataFolder, "key-certificate", "data-protection.pfx");
            current = LoadOrGenerate(generated);
        }

        return new KeyRings(settings.Store, shared, journal, current, current is null ? previous : [current, .. previous], generated);
    }

    /// <summary>
    /// One ring: its application name (which isolates it from the other), where its keys are kept (its 700 folder,
    /// or its table through <paramref name="persistToDatabase"/>) and its key encryption.
    /// </summary>
    public void Configure(IDataProtectionBuilder ring, string applicationName, string folder, Action<IDataProtectionBuilder> persistToDatabase)
    {
        ring.SetApplicationName(applicationName);
        if (Store == KeyStore.Database)
        {
            persistToDatabase(ring);
        }

        ring.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(services => new ConfigureOptions<KeyManagementOptions>(o =>
        {
            if (Store == KeyStore.FileSystem)
            {
                PrivateStorage.CreateFolder(folder, ours: true);
                foreach (var file in Directory.EnumerateFiles(folder, "*.xml"))
                {
                    PrivateStorage.Restrict(file);
                }

                o.XmlRepository = new PrivateXmlRepository(new DirectoryInfo(folder), services.GetRequiredService<ILoggerFactory>());
            }

            if (Certificate is null)
            {
                o.XmlEncryptor = new NullXmlEncryptor();
            }
        }));
        if (Certificate is not null)
        {
            ring.ProtectKeysWithCertificate(Certificate);
        }

        if (DecryptionCertificates.Count > 0)
        {
            ring.UnprotectKeysWithAnyCertificate([.. DecryptionCertificates]);
        }
    }

    private static X509Certificate2 Load(string file, string? password) => X509CertificateLoader.LoadPkcs12FromFile(file, password);

    private static X509Certificate2 LoadOrGenerate(string file)
    {
        if (!File.Exists(file))
        {
            PrivateStorage.CreateFolder(Path.GetDirectoryName(file)!, ours: true);
            using var rsa = RSA.Create(3072);
            var request = new CertificateRequest("CN=Anknytning Data Protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            var now = DateTimeOffset.UtcNow;
            // Nothing checks the dates when a key is decrypted; a long validity only spares a date nobody remembers.
            using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(100));
            PrivateStorage.WriteNewFile(file, certificate.Export(X509ContentType.Pkcs12));
        }

        PrivateStorage.Restrict(file);
        return Load(file, password: null);
    }
}
