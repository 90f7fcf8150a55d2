using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Anknytning.Web.Data;

/// <summary>
/// Inserting a row that a unique index may already hold (a second click, two tabs) without an exception: one
/// INSERT … ON CONFLICT DO NOTHING, which SQLite and PostgreSQL both understand. SaveChanges would throw instead,
/// and EF Core logs that throw as an error with the whole stack, although nothing went wrong.
/// </summary>
public static class InsertOrIgnore
{
    /// <summary>Inserts the rows the unique indexes allow, in order, and returns how many were inserted.</summary>
    public static Task<int> InsertOrIgnoreAsync<T>(this AppDbContext db, IReadOnlyCollection<T> rows, CancellationToken ct)
        where T : class
    {
        if (rows.Count == 0)
        {
            return Task.FromResult(0);
        }

        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        // Every column but the generated key, with its value as the column stores it (DateTimeOffset as a number).
        var columns = entity.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never).ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        using var command = db.Database.GetDbConnection().CreateCommand();
        var parameters = new List<DbParameter>();
        var values = new List<string>();
        foreach (var row in rows)
        {
            var names = new List<string>();
            foreach (var column in columns)
            {
                var value = column.PropertyInfo!.GetValue(row);
                var parameter = command.CreateParameter();
                parameter.ParameterName = sql.GenerateParameterName("p" + parameters.Count.ToString(CultureInfo.InvariantCulture));
                parameter.Value = (column.GetTypeMapping().Converter is { } converter && value is not null ? converter.ConvertToProvider(value) : value)
                    ?? DBNull.Value;
                parameters.Add(parameter);
                names.Add(parameter.ParameterName);
            }

            values.Add($"({string.Join(", ", names)})");
        }

        var statement =
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} " +
            $"({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)))}) " +
            $"VALUES {string.Join(", ", values)} ON CONFLICT DO NOTHING";
        return db.Database.ExecuteSqlRawAsync(statement, parameters, ct);
    }
}
