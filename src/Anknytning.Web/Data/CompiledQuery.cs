using Microsoft.EntityFrameworkCore;

namespace Anknytning.Web.Data;

/// <summary>
/// A query that EF Core compiles once (<c>EF.CompileAsyncQuery</c>)
/// instead of reading its LINQ expression again on every call: for the few queries that every signed-in page runs
/// (docs/benchmarks.md). EF Core ties a compiled query to the model it first ran with, and the SQLite and PostgreSQL
/// contexts each have their own, so each provider gets its own copy.
/// </summary>
public sealed class CompiledQuery<TQuery>(Func<TQuery> compile)
    where TQuery : Delegate
{
    private readonly TQuery sqlite = compile();
    private readonly TQuery postgreSql = compile();

    public TQuery For(AppDbContext db) => db is PostgreSqlAppDbContext ? postgreSql : sqlite;
}
