using System.Collections.Concurrent;
using System.Data.Common;
using AngleSharp.Dom;
using Anknytning.Content;
using Anknytning.Web.Data;
using Anknytning.Web.Features.Progress;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Anknytning.Web.Tests.Features.Progress;

/// <summary>What the progress tests share: forms posted as a browser would, the rows in the database, a fixed clock.</summary>
internal static class ProgressTesting
{
    /// <summary>The form at the end of one section of a lesson page.</summary>
    public static IElement SectionForm(this IDocument page, string sectionId) =>
        page.QuerySelector($"section[aria-labelledby='{sectionId}-rubrik'] form.mark-read")
        ?? throw new InvalidOperationException($"No mark-as-read form in section {sectionId}.");

    /// <summary>Posts every named input of the form, antiforgery token included, to its action.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, IElement form, CancellationToken ct)
    {
        var fields = form.QuerySelectorAll("input[name]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""));
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(form.GetAttribute("action"), content, ct);
    }

    public static async Task<HttpResponseMessage> PostFieldsAsync(
        this HttpClient client, string path, IEnumerable<KeyValuePair<string, string>> fields, CancellationToken ct)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(path, content, ct);
    }

    /// <summary>The rows of one reader, straight from the database.</summary>
    public static async Task<List<SectionRead>> RowsAsync(this IServiceProvider services, string userId)
    {
        using var scope = services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().SectionsRead.AsNoTracking()
            .Where(r => r.UserId == userId)
            .OrderBy(r => r.Id)
            .ToListAsync(TestContext.Current.CancellationToken);
    }

    public static async Task InsertRowAsync(this IServiceProvider services, SectionRead row)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.SectionsRead.Add(row);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>
    /// The same app and database, with every database command counted and reading marks made at a fixed time.
    /// Only the marks: sign-in cookies and data protection keep the real clock.
    /// </summary>
    public static WebApplicationFactory<Program> WithClockAndCounter(this AppFactory factory, TimeProvider clock, CommandCounter counter) =>
        factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddScoped(sp => new ReadingProgress(
                sp.GetRequiredService<AppDbContext>(), sp.GetRequiredService<ILessonCatalog>(), clock));
            // The options belong to the provider's own context type, whichever stands behind AppDbContext.
            services.ConfigureDbContext<SqliteAppDbContext>((_, options) => options.AddInterceptors(counter));
            services.ConfigureDbContext<PostgreSqlAppDbContext>((_, options) => options.AddInterceptors(counter));
        }));

    public static HttpClient CreateBrowsingClient(this WebApplicationFactory<Program> factory, string acceptLanguage)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);
        return client;
    }
}

internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>Every command the app sends to the database, so a test can say how many a page costs.</summary>
internal sealed class CommandCounter : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> commands = new();

    public IReadOnlyList<string> Commands => [.. commands];

    public void Clear() => commands.Clear();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        commands.Enqueue(command.CommandText);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        commands.Enqueue(command.CommandText);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        commands.Enqueue(command.CommandText);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        commands.Enqueue(command.CommandText);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        commands.Enqueue(command.CommandText);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        commands.Enqueue(command.CommandText);
        return ValueTask.FromResult(result);
    }
}
