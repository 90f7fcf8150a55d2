using Anknytning.Web.Features.Account;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anknytning.Web.Features.ReadingLists;

/// <summary>A health visitor's list of sections for a parent, opened by anyone with its short code.</summary>
public sealed class ReadingList
{
    public long Id { get; set; }

    /// <summary>The short code in its canonical form (upper case, from <see cref="ListCode.Alphabet"/>).</summary>
    public required string Code { get; set; }

    /// <summary>The health visitor who made the list; only they may change it.</summary>
    public required string OwnerId { get; set; }

    public required string Title { get; set; }

    /// <summary>A short note to the parent, shown above the sections.</summary>
    public string? Note { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the visitor stopped using the list; a retired list says so instead of showing its sections.</summary>
    public DateTimeOffset? RetiredAt { get; set; }

    public List<ReadingListItem> Items { get; set; } = [];
}

/// <summary>One section on a list, in the visitor's order. Lesson and section ids are the stable ids from content/.</summary>
public sealed class ReadingListItem
{
    public long Id { get; set; }

    public long ReadingListId { get; set; }

    public int Position { get; set; }

    public required string LessonId { get; set; }

    public required string SectionId { get; set; }

    /// <summary>The visitor's note on this section, if any.</summary>
    public string? Note { get; set; }
}

/// <summary>A list a parent keeps in "Min läsning". Only the parent sees it; the list's visitor never does.</summary>
public sealed class SavedReadingList
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    public long ReadingListId { get; set; }

    public DateTimeOffset SavedAt { get; set; }
}

public sealed class ReadingListConfiguration : IEntityTypeConfiguration<ReadingList>
{
    public void Configure(EntityTypeBuilder<ReadingList> builder)
    {
        builder.Property(l => l.Code).HasMaxLength(ListCode.Length);
        builder.HasIndex(l => l.Code).IsUnique();
        builder.Property(l => l.OwnerId).HasMaxLength(450);
        builder.HasIndex(l => l.OwnerId);
        builder.Property(l => l.Title).HasMaxLength(ListLimits.Title);
        builder.Property(l => l.Note).HasMaxLength(ListLimits.Note);
        builder.HasOne<UserAccount>().WithMany().HasForeignKey(l => l.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(l => l.Items).WithOne().HasForeignKey(i => i.ReadingListId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ReadingListItemConfiguration : IEntityTypeConfiguration<ReadingListItem>
{
    public void Configure(EntityTypeBuilder<ReadingListItem> builder)
    {
        builder.Property(i => i.LessonId).HasMaxLength(100);
        builder.Property(i => i.SectionId).HasMaxLength(100);
        builder.Property(i => i.Note).HasMaxLength(ListLimits.SectionNote);
        builder.HasIndex(i => new { i.ReadingListId, i.Position });
    }
}

public sealed class SavedReadingListConfiguration : IEntityTypeConfiguration<SavedReadingList>
{
    public void Configure(EntityTypeBuilder<SavedReadingList> builder)
    {
        builder.Property(s => s.UserId).HasMaxLength(450);
        // Saving twice keeps one row.
        builder.HasIndex(s => new { s.UserId, s.ReadingListId }).IsUnique();
        builder.HasOne<UserAccount>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ReadingList>().WithMany().HasForeignKey(s => s.ReadingListId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>How long a list's texts may be.</summary>
public static class ListLimits
{
    public const int Title = 120;

    public const int Note = 600;

    public const int SectionNote = 300;

    /// <summary>A list is for the weeks ahead, not the whole site.</summary>
    public const int Sections = 40;
}
