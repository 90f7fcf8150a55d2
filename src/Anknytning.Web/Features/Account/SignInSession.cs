using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Anknytning.Web.Features.Account;

/// <summary>
/// One signed-in device. The cookie names its session, and a cookie whose session is gone stops working on the
/// next request: after signing out there, after a password change elsewhere, after the account is deleted.
/// </summary>
public sealed class SignInSession
{
    /// <summary>A random, unguessable id; it is also the claim in the cookie.</summary>
    public required string Id { get; set; }

    public required string UserId { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    /// <summary>When the cookie was last renewed; sessions unused longer than the cookie lives are swept.</summary>
    public DateTimeOffset LastSeenAt { get; set; }
}

public sealed class SignInSessionConfiguration : IEntityTypeConfiguration<SignInSession>
{
    public void Configure(EntityTypeBuilder<SignInSession> builder)
    {
        builder.ToTable("SignInSessions");
        builder.Property(s => s.Id).HasMaxLength(64);
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.HasIndex(s => new { s.UserId, s.LastSeenAt });

        // Deleting an account ends all its sessions at once.
        builder.HasOne<UserAccount>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
