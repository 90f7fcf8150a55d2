using Anknytning.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Anknytning.Web.Tests.Data;

/// <summary>Each provider's checked-in migrations: complete, upgrading a database in place, applied at start-up.</summary>
public abstract class MigrationTests : IDisposable
{
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected abstract AppDbContext NewContext();

    [Fact]
    public async Task A_database_at_the_previous_migration_upgrades_and_keeps_its_accounts()
    {
        await using (var db = NewContext())
        {
            var migrations = db.Database.GetMigrations().ToList();
            Assert.True(migrations.Count >= 2, "there should be an earlier migration to upgrade from");
            await db.GetService<IMigrator>().MigrateAsync(migrations[^2], Ct);
            // Quoted names and TRUE/FALSE read the same in SQLite and PostgreSQL.
            await db.Database.ExecuteSqlRawAsync(
                """
                INSERT INTO "AspNetUsers" ("Id", "UserName", "NormalizedUserName", "Email", "NormalizedEmail", "EmailConfirmed",
                    "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount", "CreatedAt")
                VALUES ('parent-1', 'a@example.se', 'A@EXAMPLE.SE', 'a@example.se', 'A@EXAMPLE.SE', FALSE, FALSE, FALSE, TRUE, 0, 0)
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
        Assert.False(db.Database.HasPendingModelChanges(), "run: tests/tools/add-migration.sh <Name> (it adds one for each provider)");
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected abstract void Dispose(bool disposing);
}

public sealed class MigrationTestsOnSqlite : MigrationTests
{
    private readonly string folder = Directory.CreateTempSubdirectory("anknytning-migrations-").FullName;

    protected override AppDbContext NewContext() => new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>()
        .UseSqlite($"Data Source={Path.Combine(folder, "app.db")};Pooling=False").Options);

    [Fact]
    public async Task A_database_from_before_PostgreSQL_keeps_its_migration_history()
    {
        // The ids SQLite databases already hold: moving the migrations must never make one run again.
        await using var db = NewContext();
        Assert.Equal(
            ["20261126063956_Accounts", "20261126064026_ReadingProgress", "20261126072611_Journal", "20261202142351_SignInSessions"],
            db.Database.GetMigrations().Take(4));
    }

    [Fact]
    public void The_start_finds_the_same_migrations_as_EF_Core_without_building_its_model()
    {
        using var db = NewContext();
        Assert.Equal(db.Database.GetMigrations(), DatabaseSetup.CheckedInMigrations(typeof(SqliteAppDbContext)));
        using var postgreSql = new PostgreSqlAppDbContext(new DbContextOptionsBuilder<PostgreSqlAppDbContext>().UseNpgsql("Host=unused").Options);
        Assert.Equal(postgreSql.Database.GetMigrations(), DatabaseSetup.CheckedInMigrations(typeof(PostgreSqlAppDbContext)));
    }

    [Fact]
    public async Task A_restart_on_a_database_one_migration_behind_brings_it_up_to_date()
    {
        await using var factory = new AppFactory();
        await using (var db = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>()
            .UseSqlite(factory.ConnectionString).Options))
        {
            var migrations = db.Database.GetMigrations().ToList();
            await db.GetService<IMigrator>().MigrateAsync(migrations[^2], Ct);
            Assert.Single(await db.Database.GetPendingMigrationsAsync(Ct));
        }

        using var scope = factory.Services.CreateScope();
        var started = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Empty(await started.Database.GetPendingMigrationsAsync(Ct));
    }

    [Fact]
    public async Task The_app_creates_and_migrates_its_database_in_write_ahead_mode_at_start_up()
    {
        await using var factory = new AppFactory();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        Assert.IsType<SqliteAppDbContext>(db);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", await command.ExecuteScalarAsync(Ct) as string);
        Assert.True(File.Exists(Path.Combine(factory.DataFolder, "app.db")));
    }

    protected override void Dispose(bool disposing)
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}

public sealed class MigrationTestsOnPostgreSql : MigrationTests
{
    private readonly string database = PostgreSqlServer.CreateDatabase();

    protected override AppDbContext NewContext() => new PostgreSqlAppDbContext(new DbContextOptionsBuilder<PostgreSqlAppDbContext>()
        .UseNpgsql(database).Options);

    [Fact]
    public async Task Two_instances_starting_at_once_both_start_and_migrate_once()
    {
        var factories = new[] { new PostgreSqlAppFactory(), new PostgreSqlAppFactory() };
        try
        {
            // Both on this test's one, empty database.
            var instances = factories.Select(f => f.WithWebHostBuilder(b => b.UseSetting("ConnectionStrings:Default", database))).ToList();

            await Task.WhenAll(instances.Select(i => Task.Run(() => i.Services, Ct)));

            await using var db = NewContext();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(Ct));
            foreach (var instance in instances)
            {
                using var response = await instance.CreateClient().GetAsync("/health", Ct);
                Assert.True(response.IsSuccessStatusCode);
                await instance.DisposeAsync();
            }
        }
        finally
        {
            foreach (var factory in factories)
            {
                await factory.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task The_app_migrates_its_PostgreSQL_database_at_start_up_with_the_same_table_names_as_on_SQLite()
    {
        await using var factory = new PostgreSqlAppFactory();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        Assert.IsType<PostgreSqlAppDbContext>(db);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
        var tables = await db.Database.SqlQueryRaw<string>(
            "SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1").ToListAsync(Ct);
        await using var sqlite = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=:memory:").Options);
        Assert.Equal(
            sqlite.Model.GetEntityTypes().Select(e => e.GetTableName()!).Append("__EFMigrationsHistory").Order(StringComparer.Ordinal),
            tables.Order(StringComparer.Ordinal));
    }

    protected override void Dispose(bool disposing) => PostgreSqlServer.DropDatabase(database);
}
