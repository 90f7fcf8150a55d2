using System.Data.Common;
using Anknytning.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Anknytning.Web.Tests.Data;

/// <summary>
/// A signed-in page's queries share one SQLite connection: each open registers EF Core's SQL functions again, which
/// cost a page more than its queries did (docs/benchmarks.md).
/// </summary>
public sealed class ConnectionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/lektion/barnets-behov-av-narhet")]
    [InlineData("/")]
    [InlineData("/min-lasning")]
    public async Task A_signed_in_page_opens_the_database_once(string path)
    {
        await using var factory = new CountingFactory();
        var client = await factory.SignedInClientAsync($"oppna-{Guid.NewGuid():N}@example.se");
        (await client.GetAsync(path, Ct)).EnsureSuccessStatusCode();

        factory.Opens.Reset();
        using var response = await client.GetAsync(path, Ct);

        response.EnsureSuccessStatusCode();
        Assert.Equal(1, factory.Opens.Count);
    }

    private sealed class CountingFactory : AppFactory
    {
        public OpenCounter Opens { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(Opens)));
        }
    }

    private sealed class OpenCounter : DbConnectionInterceptor
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        public void Reset() => Interlocked.Exchange(ref count, 0);

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Interlocked.Increment(ref count);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref count);
            return Task.CompletedTask;
        }
    }
}
