using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anknytning.Web.Site;

/// <summary>
/// A key of the journal's own ring when DataProtection:Store is Database: the columns of Data Protection's own
/// DataProtectionKeys table, in a table of its own, so the two rings stay as apart as their two folders.
/// </summary>
public sealed class JournalKey
{
    public int Id { get; set; }

    public string? FriendlyName { get; set; }

    public string? Xml { get; set; }
}

public sealed class JournalKeyConfiguration : IEntityTypeConfiguration<JournalKey>
{
    public void Configure(EntityTypeBuilder<JournalKey> builder) => builder.ToTable(JournalKeyContext.Table);
}

/// <summary>
/// The journal ring's view of its table, for <c>PersistKeysToDbContext</c>, which wants a context whose
/// DataProtectionKeys are that ring's. The app's migrations create the table (<see cref="JournalKey"/>); this
/// context only reads and writes rows.
/// </summary>
public sealed class JournalKeyContext(DbContextOptions<JournalKeyContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public const string Table = "JournalDataProtectionKeys";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<DataProtectionKey>().ToTable(Table);
}
