using System.ComponentModel.DataAnnotations;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Anknytning.Web.Features.Journal;

public sealed class JournalOptions
{
    /// <summary>
    /// Saves (new reflections and edits) one account may make per minute. A parent saves a few times an evening;
    /// a script filling the disk is stopped at this pace.
    /// </summary>
    [Range(1, 10_000)]
    public int WritesPerMinute { get; set; } = 30;
}

/// <summary>
/// How often one account may save to its journal: a fixed window per account id. It is asked by the page once the
/// form has been read and checked, not by the rate-limiting middleware before the body is read, so a save that is
/// refused comes back with its text (429 and Retry-After) instead of losing it.
/// </summary>
public sealed class WritingPace(IOptions<JournalOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(userId =>
        RateLimitPartition.GetFixedWindowLimiter(userId, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.WritesPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    /// <summary>True when the account may save now; otherwise false, with how long to wait.</summary>
    public bool TrySave(string userId, out TimeSpan retryAfter)
    {
        using var lease = limiter.AttemptAcquire(userId);
        retryAfter = lease.IsAcquired ? TimeSpan.Zero
            : lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}
