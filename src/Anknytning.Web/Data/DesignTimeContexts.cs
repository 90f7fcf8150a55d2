using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Anknytning.Web.Data;

/// <summary>
/// What dotnet-ef builds to write a migration (tests/tools/add-migration.sh): the model on each provider, with no
/// database behind it, so neither the app's start-up nor a running PostgreSQL is needed.
/// </summary>
public sealed class SqliteDesignTimeContext : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

public sealed class PostgreSqlDesignTimeContext : IDesignTimeDbContextFactory<PostgreSqlAppDbContext>
{
    public PostgreSqlAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlAppDbContext>().UseNpgsql("Host=localhost;Database=design-time").Options);
}
