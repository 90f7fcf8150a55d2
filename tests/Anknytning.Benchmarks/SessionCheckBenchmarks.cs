using Anknytning.Web.Data;
using Anknytning.Web.Features.Account;
using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;

namespace Anknytning.Benchmarks;

/// <summary>
/// What every signed-in request pays for its cookie's session check (SessionCookieEvents): a DbContext as a
/// request scope makes one, and one primary-key lookup in SignInSessions, on a real SQLite file in WAL mode.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PercentileConfig))]
public class SessionCheckBenchmarks : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("anknytning-bench-").FullName;
    private DbContextOptions<SqliteAppDbContext> options = default!;
    private string sessionId = "";

    [GlobalSetup]
    public void Setup()
    {
        options = new DbContextOptionsBuilder<SqliteAppDbContext>()
            .UseSqlite($"Data Source={Path.Combine(folder, "bench.db")};Pooling=True;Default Timeout=30")
            .Options;
        using var db = new SqliteAppDbContext(options);
        db.Database.Migrate();
        db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
        db.Users.Add(new UserAccount { Id = "reader", UserName = "reader@example.se", Email = "reader@example.se", CreatedAt = DateTimeOffset.UtcNow });
        db.SaveChanges();
        sessionId = new SignInSessions(db, TimeProvider.System).StartAsync("reader").GetAwaiter().GetResult();
    }

    [Benchmark]
    public async Task<bool> Check()
    {
        await using var db = new SqliteAppDbContext(options);
        return await new SignInSessions(db, TimeProvider.System).IsActiveAsync(sessionId, "reader");
    }

    [GlobalCleanup]
    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        GC.SuppressFinalize(this);
    }
}
