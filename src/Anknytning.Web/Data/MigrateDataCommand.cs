using Anknytning.Web.Features.Journal;
using Anknytning.Web.Site;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Anknytning.Web.Data;

/// <summary>
/// <c>migrate-data --from "Data Source=App_Data/anknytning.db"</c>: moves a site from SQLite to PostgreSQL. It runs
/// with the new site's settings (Database:Provider = PostgreSQL, usually DataProtection:Store = Database), migrates
/// the new database, copies every table in one transaction, and puts the key files of both rings into their
/// tables, so that parents stay signed in and their journals stay readable. The SQLite file is only read.
/// </summary>
/// <remarks>
/// Rows go through EF Core's model, not SQL text: both providers map the same classes to the same table and
/// column names, so each value converts the way the app itself would read and write it.
/// </remarks>
public static class MigrateDataCommand
{
    public const string Name = "migrate-data";

    private const string Usage = $"Usage: {Name} --from \"Data Source=<the SQLite file>\" [--keys <folder>] [--journal-keys <folder>]";

    public static Task<int> RunAsync(WebApplication app, string[] args) => RunAsync(app.Services, args, Console.Out, Console.Error);

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter errors)
    {
        if (Options.Parse(args) is not { } options)
        {
            await errors.WriteLineAsync(Usage);
            return 2;
        }

        var configuration = services.GetRequiredService<IConfiguration>();
        var environment = services.GetRequiredService<IHostEnvironment>();
        if (DatabaseSetup.ProviderFrom(configuration) != DatabaseProvider.PostgreSql)
        {
            await errors.WriteLineAsync($"{Name} failed: it copies into the configured PostgreSQL database; set Database:Provider=PostgreSQL and ConnectionStrings:Default to it.");
            return 1;
        }

        var sourceFile = Path.GetFullPath(new SqliteConnectionStringBuilder(options.From).DataSource, environment.ContentRootPath);
        if (!File.Exists(sourceFile))
        {
            await errors.WriteLineAsync($"{Name} failed: there is no SQLite database at {sourceFile}.");
            return 1;
        }

        try
        {
            var keys = services.GetRequiredService<KeyRings>();
            using var scope = services.CreateScope();
            var target = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await using var source = OpenReadOnly(sourceFile);
            var result = await CopyAsync(source, target, options.Keys ?? keys.SharedFolder, options.JournalKeys ?? keys.JournalFolder, keys.Store, output);
            if (result is { } failure)
            {
                await errors.WriteLineAsync($"{Name} failed: {failure}");
                return 1;
            }

            return await CheckJournalAsync(scope.ServiceProvider, output, errors);
        }
#pragma warning disable CA1031 // Whatever stopped it, the operator gets one line and a non-zero exit code, not a stack.
        catch (Exception e)
#pragma warning restore CA1031
        {
            await errors.WriteLineAsync($"{Name} failed: {e.GetBaseException().Message.ReplaceLineEndings(" ")}");
            return 1;
        }
    }

    /// <summary>Null when everything was copied; otherwise why nothing was.</summary>
    private static async Task<string?> CopyAsync(SqliteAppDbContext source, AppDbContext target, string sharedKeys, string journalKeys, KeyStore store, TextWriter output)
    {
        var pending = (await source.Database.GetPendingMigrationsAsync()).Count();
        if (pending > 0)
        {
            return $"the SQLite database is {pending} migration(s) behind this version of the app; start the old site once with this version (or run `migrate` with its settings) first.";
        }

        DatabaseSetup.Migrate(target);
        var tables = InDependencyOrder(target.Model);

        // Only the key tables may already have rows: an instance started once on the new database makes a key.
        foreach (var table in tables.Where(t => !IsKeyTable(t)))
        {
            if (await Rows(target, table).AnyAsync())
            {
                return $"the PostgreSQL database already holds data ({table.GetTableName()}); {Name} copies into a new, empty database only.";
            }
        }

        await using var transaction = await target.Database.BeginTransactionAsync();
        foreach (var table in tables)
        {
            var copied = IsKeyTable(table) ? await CopyNewKeysAsync(source, target, table) : await CopyRowsAsync(source, target, table);
            await output.WriteLineAsync($"{table.GetTableName()}: {copied} row(s)");
        }

        if (store == KeyStore.Database)
        {
            await output.WriteLineAsync($"keys from {sharedKeys}: {await ImportKeyFilesAsync(target, target.DataProtectionKeys, sharedKeys)}");
            await output.WriteLineAsync($"journal keys from {journalKeys}: {await ImportKeyFilesAsync(target, target.JournalKeys, journalKeys)}");
        }
        else
        {
            await output.WriteLineAsync($"keys: DataProtection:Store is FileSystem, so the key folders stay where they are ({sharedKeys}, {journalKeys}).");
        }

        await RestartIdentitiesAsync(target, tables);
        await transaction.CommitAsync();
        return null;
    }

    private static async Task<int> CopyRowsAsync(DbContext source, DbContext target, IEntityType table)
    {
        // Tracked, so that shadow properties (if a later model has any) come along through the entry.
        var rows = await Rows(source, table).ToListAsync();
        foreach (var row in rows)
        {
            var values = source.Entry(row).CurrentValues;
            var copy = target.Entry(values.ToObject());
            copy.State = EntityState.Added;
            foreach (var shadow in table.GetProperties().Where(p => p.IsShadowProperty()))
            {
                copy.Property(shadow.Name).CurrentValue = values[shadow.Name];
            }
        }

        await target.SaveChangesAsync();
        source.ChangeTracker.Clear();
        target.ChangeTracker.Clear();
        return rows.Count;
    }

    /// <summary>A site that already kept its keys in SQLite: those rows join any key the new database has.</summary>
    private static async Task<int> CopyNewKeysAsync(DbContext source, AppDbContext target, IEntityType table) =>
        table.ClrType == typeof(JournalKey)
            ? await AddKeysAsync(target, target.JournalKeys, (await source.Set<JournalKey>().AsNoTracking().ToListAsync()).Select(k => (k.FriendlyName, k.Xml)))
            : await AddKeysAsync(target, target.DataProtectionKeys, (await source.Set<DataProtectionKey>().AsNoTracking().ToListAsync()).Select(k => (k.FriendlyName, k.Xml)));

    /// <summary>Both rings' folders hold one XML file per key, named as Data Protection names the key's row.</summary>
    private static async Task<int> ImportKeyFilesAsync<TKey>(AppDbContext target, DbSet<TKey> ring, string folder)
        where TKey : class =>
        Directory.Exists(folder)
            ? await AddKeysAsync(target, ring, Directory.EnumerateFiles(folder, "*.xml").Order(StringComparer.Ordinal)
                .Select(file => ((string?)Path.GetFileNameWithoutExtension(file), (string?)File.ReadAllText(file))))
            : 0;

    private static async Task<int> AddKeysAsync<TKey>(AppDbContext target, DbSet<TKey> ring, IEnumerable<(string? Name, string? Xml)> keys)
        where TKey : class
    {
        var added = 0;
        foreach (var (name, xml) in keys)
        {
            added += await AddKeyAsync(target, ring, name, xml);
        }

        return added;
    }

    private static async Task<int> AddKeyAsync<TKey>(AppDbContext target, DbSet<TKey> ring, string? name, string? xml)
        where TKey : class
    {
        if (await ring.AnyAsync(k => EF.Property<string?>(k, "FriendlyName") == name))
        {
            return 0;
        }

        var key = Activator.CreateInstance<TKey>();
        var entry = target.Entry(key);
        entry.Property("FriendlyName").CurrentValue = name;
        entry.Property("Xml").CurrentValue = xml;
        entry.State = EntityState.Added;
        await target.SaveChangesAsync();
        entry.State = EntityState.Detached;
        return 1;
    }

    /// <summary>Rows came with their ids; the identity columns go on counting after the highest one.</summary>
    private static async Task RestartIdentitiesAsync(AppDbContext target, IEnumerable<IEntityType> tables)
    {
        foreach (var table in tables)
        {
            if (table.FindPrimaryKey()?.Properties is not [var id] || id.ValueGenerated != ValueGenerated.OnAdd || id.ClrType == typeof(string))
            {
                continue;
            }

            var name = table.GetTableName()!;
            var column = id.GetColumnName();
#pragma warning disable EF1002 // Names from the model, not from input.
            await target.Database.ExecuteSqlRawAsync(
                $"SELECT setval(pg_get_serial_sequence('\"{name}\"', '{column}'), COALESCE((SELECT MAX(\"{column}\") FROM \"{name}\"), 0) + 1, false)");
#pragma warning restore EF1002
        }
    }

    /// <summary>Reads every copied entry back through the new site's journal ring: the proof that keys and rows arrived together.</summary>
    private static async Task<int> CheckJournalAsync(IServiceProvider services, TextWriter output, TextWriter errors)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var protector = services.GetRequiredService<JournalProtector>();
        var entries = await db.JournalEntries.AsNoTracking().ToListAsync();
        var unreadable = entries.Count(e => protector.TryUnprotect(e) is null);
        if (unreadable > 0)
        {
            await errors.WriteLineAsync(
                $"{Name}: copied, but {unreadable} of {entries.Count} journal entries cannot be decrypted with this configuration. " +
                "The keys are encrypted with the old site's certificate: set DataProtection:CertificatePath to it (App_Data/key-certificate/data-protection.pfx when the site made its own).");
            return 1;
        }

        await output.WriteLineAsync($"{Name}: done; all {entries.Count} journal entries read back through the new database's key ring.");
        return 0;
    }

    private static SqliteAppDbContext OpenReadOnly(string file) => new(new DbContextOptionsBuilder<SqliteAppDbContext>()
        .UseSqlite(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly }.ToString())
        .Options);

    private static IQueryable<object> Rows(DbContext db, IEntityType table) =>
        (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!
            .MakeGenericMethod(table.ClrType)
            .Invoke(db, null)!;

    private static bool IsKeyTable(IEntityType table) => table.ClrType == typeof(DataProtectionKey) || table.ClrType == typeof(JournalKey);

    /// <summary>Principals before dependents, so every foreign key finds its row.</summary>
    private static List<IEntityType> InDependencyOrder(IModel model)
    {
        var left = model.GetEntityTypes().Where(t => !t.IsOwned() && t.GetTableName() is not null).OrderBy(t => t.GetTableName(), StringComparer.Ordinal).ToList();
        var ordered = new List<IEntityType>();
        while (left.Count > 0)
        {
            var next = left.First(t => t.GetForeignKeys().All(fk => fk.PrincipalEntityType == t || ordered.Contains(fk.PrincipalEntityType)));
            ordered.Add(next);
            left.Remove(next);
        }

        return ordered;
    }

    private sealed record Options(string From, string? Keys, string? JournalKeys)
    {
        public static Options? Parse(IReadOnlyList<string> args)
        {
            string? from = null, keys = null, journalKeys = null;
            for (var i = 1; i < args.Count; i += 2)
            {
                if (i + 1 >= args.Count || args[i + 1].Length == 0)
                {
                    return null;
                }

                switch (args[i])
                {
                    case "--from": from = args[i + 1]; break;
                    case "--keys": keys = args[i + 1]; break;
                    case "--journal-keys": journalKeys = args[i + 1]; break;
                    default: return null;
                }
            }

            return from is null ? null : new Options(from, keys, journalKeys);
        }
    }
}
