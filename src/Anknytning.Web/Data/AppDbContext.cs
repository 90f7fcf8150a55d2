using Anknytning.Web.Features.Account;
using Anknytning.Web.Features.Journal;
using Anknytning.Web.Features.Progress;
using Anknytning.Web.Features.ReadingLists;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Anknytning.Web.Data;

/// <summary>Everything the app stores about people: accounts (ASP.NET Core Identity), what they have read, and health visitors' reading lists.</summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<UserAccount>(options)
{
    public DbSet<SectionRead> SectionsRead => Set<SectionRead>();

    public DbSet<JournalEntry> JournalEntries => Set<JournalEntry>();

    public DbSet<SignInSession> SignInSessions => Set<SignInSession>();

    public DbSet<ReadingList> ReadingLists => Set<ReadingList>();

    public DbSet<ReadingListItem> ReadingListItems => Set<ReadingListItem>();

    public DbSet<SavedReadingList> SavedReadingLists => Set<SavedReadingList>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite can neither sort nor compare DateTimeOffset text; as a UTC-tick number it can, on any provider.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
