using Anknytning.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Anknytning.Web.Tests.Data;

public sealed class MigrationTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("anknytning-migrations-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private AppDbContext NewContext() => new(new DbContextOptionsBuilder<AppDbContext>()
        .UseSqlite($"Data Source={Path.Combine(folder, "app.db")};Pooling=False").Options);

    [Fact]
    public async Task A_database_at_the_previous_migration_upgrades_and_keeps_its_accounts()
    {
        await using (var db = NewContext())
        {
            var migrations = db.Database.GetMigrations().ToList();
            Assert.True(migrations.Count >= 2, "there should be an earlier migration to upgrade from");
            await db.GetService<IMigrator>().MigrateAsync(migrations[^2], Ct);
            await db.Database.ExecuteSqlRawAsync(
                """
                INSERT INTO AspNetUsers (Id, UserName, NormalizedUserName, Email, NormalizedEmail, EmailConfirmed,
                    PhoneNumberConfirmed, TwoFactorEnabled, LockoutEnabled, AccessFailedCount, CreatedAt)
                VALUES ('parent-1', 'a@example.se', 'A@EXAMPLE.SE', 'a@example.se', 'A@EXAMPLE.SE', 0, 0, 0, 1, 0, 0)
                """, Ct);
        }

        await using (var db = NewContext())
        {
            await db.Database.MigrateAsync(Ct);

            Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
            Assert.Equal("a@example.se", (await db.Users.SingleAsync(Ct)).Email);
            db.SectionsRead.Add(new() { UserId = "parent-1", LessonId = "heling", SectionId = "i-terapi", ReadAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync(Ct);
        }
    }

    [Fact]
    public void Every_model_change_has_a_migration()
    {
        using var db = NewContext();
        Assert.False(db.Database.HasPendingModelChanges(), "run: dotnet ef migrations add <Name> --project src/Anknytning.Web --output-dir Data/Migrations");
    }

    [Fact]
    public async Task The_app_creates_and_migrates_its_database_in_write_ahead_mode_at_start_up()
    {
        await using var factory = new AppFactory();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", await command.ExecuteScalarAsync(Ct) as string);
        Assert.True(File.Exists(Path.Combine(factory.DataFolder, "app.db")));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
