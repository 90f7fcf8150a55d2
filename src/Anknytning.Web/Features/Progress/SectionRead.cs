using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anknytning.Web.Features.Progress;

/// <summary>One section that one reader has marked as read. Lesson and section ids are the stable ids from content/.</summary>
public sealed class SectionRead
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    public required string LessonId { get; set; }

    public required string SectionId { get; set; }

    public DateTimeOffset ReadAt { get; set; }
}

public sealed class SectionReadConfiguration : IEntityTypeConfiguration<SectionRead>
{
    public void Configure(EntityTypeBuilder<SectionRead> builder)
    {
        builder.ToTable("SectionsRead");
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.Property(r => r.LessonId).HasMaxLength(100);
        builder.Property(r => r.SectionId).HasMaxLength(100);

        // One row per reader and section, whatever two tabs do at once: marking is idempotent.
        builder.HasIndex(r => new { r.UserId, r.LessonId, r.SectionId }).IsUnique();
        builder.HasIndex(r => new { r.UserId, r.ReadAt });

        // Deleting an account deletes what it has read.
        builder.HasOne<Account.UserAccount>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
