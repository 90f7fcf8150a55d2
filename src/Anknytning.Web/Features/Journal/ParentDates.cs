using Anknytning.Web.Data;
using Anknytning.Web.Site;
using Microsoft.EntityFrameworkCore;

namespace Anknytning.Web.Features.Journal;

/// <summary>The due date and the baby's birth date one parent has given; either may be missing.</summary>
public sealed record SavedDates(DateOnly? DueDate, DateOnly? BirthDate)
{
    public static readonly SavedDates None = new(null, null);

    /// <summary>Whether either date is given (a due date far ahead has dates but no position yet).</summary>
    public bool HasAny => DueDate is not null || BirthDate is not null;

    /// <summary>Where <paramref name="day"/> falls for the parent; null when the dates place it nowhere.</summary>
    public TimelinePosition? PositionOn(DateOnly day) => ParentTimeline.Position(DueDate, BirthDate, day);
}

/// <summary>
/// Reads and saves the parent's due date and birth date, which place journal entries and home-page suggestions on
/// the parent's timeline. Reads and writes match the given account only.
/// </summary>
public sealed class ParentDates(AppDbContext db, TimeProvider clock)
{
    /// <summary>Today as parents in Sweden and Denmark count days.</summary>
    public DateOnly Today => ReadingDates.Date(clock.GetUtcNow());

    /// <summary>The dates the account has given; null when there is no such account.</summary>
    public Task<SavedDates?> FindAsync(string userId, CancellationToken ct) => DatesOf.For(db)(db, userId, ct);

    // The signed-in home page runs it on every visit.
    private static readonly CompiledQuery<Func<AppDbContext, string, CancellationToken, Task<SavedDates?>>> DatesOf = new(() =>
        EF.CompileAsyncQuery((AppDbContext db, string userId, CancellationToken ct) =>
            db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new SavedDates(u.DueDate, u.BirthDate)).SingleOrDefault()));

    /// <summary>The dates the account has given; none for an account that is gone.</summary>
    public async Task<SavedDates> ReadAsync(string userId, CancellationToken ct) =>
        await FindAsync(userId, ct) ?? SavedDates.None;

    /// <summary>Replaces both dates; null removes one.</summary>
    public Task SaveAsync(string userId, SavedDates dates, CancellationToken ct) =>
        db.Users
            .Where(u => u.Id == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.DueDate, dates.DueDate).SetProperty(u => u.BirthDate, dates.BirthDate), ct);
}
