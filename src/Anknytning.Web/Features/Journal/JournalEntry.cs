using Anknytning.Web.Features.Account;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anknytning.Web.Features.Journal;

/// <summary>
/// A private reflection. Title and text are stored encrypted (JournalProtector): someone holding only the
/// database file reads nothing of them.
/// </summary>
public sealed class JournalEntry
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    /// <summary>The encrypted title, or null when the entry has none.</summary>
    public string? TitleCiphertext { get; set; }

    public required string TextCiphertext { get; set; }

    public DateTimeOffset WrittenAt { get; set; }

    public DateTimeOffset? EditedAt { get; set; }

    /// <summary>The lesson and section the entry answers, when it was written from a reflection prompt.</summary>
    public string? LessonId { get; set; }

    public string? SectionId { get; set; }

    public string? PromptId { get; set; }

    /// <summary>A random id put in the form when it is shown: the same form sent twice makes one entry.</summary>
    public required string SubmissionId { get; set; }
}

public sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> builder)
    {
        builder.ToTable("JournalEntries");
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.Property(e => e.LessonId).HasMaxLength(100);
        builder.Property(e => e.SectionId).HasMaxLength(100);
        builder.Property(e => e.PromptId).HasMaxLength(100);
        builder.Property(e => e.SubmissionId).HasMaxLength(64);
        builder.HasIndex(e => new { e.UserId, e.WrittenAt });
        builder.HasIndex(e => new { e.UserId, e.SubmissionId }).IsUnique();
        builder.HasIndex(e => new { e.UserId, e.LessonId, e.SectionId });
        builder.HasOne<UserAccount>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
