using Anknytning.Web.Features.Account;
using Anknytning.Web.Features.Journal;
using Anknytning.Web.Features.Progress;
using Anknytning.Web.Features.ReadingLists;
using Anknytning.Web.Site;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Anknytning.Web.Data;

/// <summary>
/// Everything the app stores about people: accounts (ASP.NET Core Identity), what they have read, and health
/// visitors' reading lists. Features inject this type; the provider's own subclass (<see cref="SqliteAppDbContext"/>,
/// <see cref="PostgreSqlAppDbContext"/>) stands behind it, because EF Core keeps one set of migrations per context type.
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : IdentityDbContext<UserAccount>(options), IDataProtectionKeyContext
{
    public DbSet<SectionRead> SectionsRead => Set<SectionRead>();

    public DbSet<JournalEntry> JournalEntries => Set<JournalEntry>();

    public DbSet<SignInSession> SignInSessions => Set<SignInSession>();

    public DbSet<ReadingList> ReadingLists => Set<ReadingList>();

    public DbSet<ReadingListItem> ReadingListItems => Set<ReadingListItem>();

    public DbSet<SavedReadingList> SavedReadingLists => Set<SavedReadingList>();

    /// <summary>The shared key ring (cookies, antiforgery) when DataProtection:Store is Database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The journal's own key ring when DataProtection:Store is Database (<see cref="JournalKeyContext"/>).</summary>
    public DbSet<JournalKey> JournalKeys => Set<JournalKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite can neither sort nor compare DateTimeOffset text; as a UTC-tick number it can, on any provider.
        // PostgreSQL stores the same number (bigint), so dates read, sort and copy alike on both.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

/// <summary>The SQLite database; its migrations are in Data/Migrations/Sqlite.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);

/// <summary>The PostgreSQL database; its migrations are in Data/Migrations/PostgreSQL.</summary>
public sealed class PostgreSqlAppDbContext(DbContextOptions<PostgreSqlAppDbContext> options) : AppDbContext(options);
