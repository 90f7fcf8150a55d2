using System.Security.Claims;
using System.Security.Cryptography;
using Anknytning.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Anknytning.Web.Features.Account;

/// <summary>The server's record of signed-in devices: a sign-out or a password change ends them at once.</summary>
public sealed class SignInSessions(AppDbContext db, TimeProvider clock)
{
    /// <summary>The claim in the sign-in cookie that names its session.</summary>
    public const string ClaimType = "anknytning:session";

    /// <summary>As long as a cookie can live unused; older sessions can no longer be presented.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    public static string? IdOf(ClaimsPrincipal? user) => user?.FindFirstValue(ClaimType);

    /// <summary>Records a new session for a sign-in and returns its id.</summary>
    public async Task<string> StartAsync(string userId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        // Sweep this reader's sessions that no cookie can present any more, so the table stays small.
        await db.SignInSessions.Where(s => s.UserId == userId && s.LastSeenAt < now - Lifetime).ExecuteDeleteAsync(ct);

        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        db.SignInSessions.Add(new SignInSession { Id = id, UserId = userId, StartedAt = now, LastSeenAt = now });
        await db.SaveChangesAsync(ct);
        return id;
    }

    /// <summary>
    /// One primary-key lookup per signed-in request: is this cookie's session still on record? On SQLite it leaves the
    /// connection open, so the page's own queries share it; the DbContext pool closes it when the request ends. EF Core
    /// closes after each query otherwise, and SQLite then registers EF Core's SQL functions again at every open, which
    /// cost a signed-in page more than its queries did (docs/benchmarks.md). PostgreSQL keeps its pool's connections
    /// for queries only.
    /// </summary>
    public async Task<bool> IsActiveAsync(string sessionId, string userId, CancellationToken ct = default)
    {
        // The context's type, not Database.IsSqlite(), which reads the provider's assembly name on every call.
        if (db is SqliteAppDbContext)
        {
            await db.Database.OpenConnectionAsync(ct);
        }

        return await IsActive.For(db)(db, sessionId, userId, ct);
    }

    private static readonly CompiledQuery<Func<AppDbContext, string, string, CancellationToken, Task<bool>>> IsActive = new(() =>
        EF.CompileAsyncQuery((AppDbContext db, string sessionId, string userId, CancellationToken ct) =>
            db.SignInSessions.Any(s => s.Id == sessionId && s.UserId == userId)));

    public Task SeenAsync(string sessionId, CancellationToken ct = default) =>
        db.SignInSessions.Where(s => s.Id == sessionId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, clock.GetUtcNow()), ct);

    /// <summary>Signing out ends this device's session only.</summary>
    public Task EndAsync(string sessionId, CancellationToken ct = default) =>
        db.SignInSessions.Where(s => s.Id == sessionId).ExecuteDeleteAsync(ct);

    /// <summary>After a password change: every device must sign in again with the new password.</summary>
    public Task EndAllAsync(string userId, CancellationToken ct = default) =>
        db.SignInSessions.Where(s => s.UserId == userId).ExecuteDeleteAsync(ct);
}
