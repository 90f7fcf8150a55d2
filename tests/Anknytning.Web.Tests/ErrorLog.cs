using System.Collections.Concurrent;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace Anknytning.Web.Tests;

/// <summary>Every log event at warning level or above, with its source, so a test can say that nothing went wrong.</summary>
internal sealed class ErrorLog : ILogEventSink
{
    private readonly ConcurrentQueue<string> errors = new();

    /// <summary>"Error Microsoft.EntityFrameworkCore.Update: An exception occurred …" for each error or worse.</summary>
    public IReadOnlyList<string> Errors => [.. errors];

    public void Emit(LogEvent logEvent)
    {
        if (logEvent.Level >= LogEventLevel.Error)
        {
            var source = logEvent.Properties.TryGetValue("SourceContext", out var context) ? context.ToString() : "";
            errors.Enqueue($"{logEvent.Level} {source}: {logEvent.MessageTemplate.Text} {logEvent.Exception?.GetBaseException().Message}");
        }
    }
}

internal static class ErrorLogging
{
    /// <summary>The same app and database, its log events also sent to <paramref name="log"/>.</summary>
    public static WebApplicationFactory<Program> WithErrorLog(this AppFactory factory, ErrorLog log) =>
        factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ILogEventSink>(log)));
}
