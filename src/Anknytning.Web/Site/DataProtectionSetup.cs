using Anknytning.Web.Data;
using Microsoft.AspNetCore.DataProtection;

namespace Anknytning.Web.Site;

public static partial class DataProtectionSetup
{
    /// <summary>The key of the journal's own <see cref="IDataProtectionProvider"/>.</summary>
    public const string JournalRing = "journal";

    /// <summary>
    /// Two key rings in two folders, or with DataProtection:Store = Database in two tables that every instance
    /// shares. The shared one signs cookies, antiforgery tokens and reset links; the journal's encrypts what
    /// parents write. Revoking the shared keys after a cookie leak then signs everyone out but never makes a
    /// journal unreadable. Both rings' keys are encrypted at rest (<see cref="KeyRings"/>).
    /// </summary>
    /// <remarks>
    /// The settings are read here, not when a service is resolved: Data Protection takes its certificates as
    /// objects when it is registered. Test hosts' settings (UseSetting) are already in the configuration here.
    /// </remarks>
    public static WebApplicationBuilder AddSiteDataProtection(this WebApplicationBuilder builder)
    {
        var keys = KeyRings.From(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(keys);
        keys.Configure(builder.Services.AddDataProtection(), "Anknytning", keys.SharedFolder, ring => ring.PersistKeysToDbContext<AppDbContext>());
        var configuration = builder.Configuration;
        var environment = builder.Environment;
        builder.Services.AddKeyedSingleton<IDataProtectionProvider>(JournalRing, (sp, _) => SeparateKeyRing.Create(
            sp.GetRequiredService<ILoggerFactory>(),
            ring => keys.Configure(ring, "Anknytning.Journal", keys.JournalFolder, inDatabase =>
            {
                inDatabase.Services.AddDbContext<JournalKeyContext>(o => o.UseConfiguredDatabase(configuration, environment));
                inDatabase.PersistKeysToDbContext<JournalKeyContext>();
            })));
        builder.Services.AddHostedService<KeyRingWarnings>();
        return builder;
    }

    /// <summary>
    /// The journal's ring, built in a container of its own: Data Protection keeps its settings in singletons, so
    /// one container holds one ring. It logs through the app's loggers.
    /// </summary>
    private sealed class SeparateKeyRing(ServiceProvider services) : IDataProtectionProvider, IDisposable
    {
        private readonly IDataProtectionProvider provider = services.GetRequiredService<IDataProtectionProvider>();

        public static SeparateKeyRing Create(ILoggerFactory logs, Action<IDataProtectionBuilder> configure)
        {
            var services = new ServiceCollection();
            services.AddSingleton(logs);
            services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
            configure(services.AddDataProtection());
            return new SeparateKeyRing(services.BuildServiceProvider());
        }

        public IDataProtector CreateProtector(string purpose) => provider.CreateProtector(purpose);

        public void Dispose() => services.Dispose();
    }

    /// <summary>Says at every start what an operator must still do about the keys.</summary>
    private sealed partial class KeyRingWarnings(KeyRings keys, ILogger<KeyRingWarnings> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            if (keys.GeneratedCertificate is { } file)
            {
                LogGeneratedCertificate(file);
            }

            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        [LoggerMessage(Level = LogLevel.Warning, Message = "The keys are encrypted with a certificate this server made itself, {CertificateFile}. Move it to a secret store and set DataProtection:CertificatePath (docs/operations.md)")]
        private partial void LogGeneratedCertificate(string certificateFile);
    }
}
