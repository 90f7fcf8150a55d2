using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace Anknytning.Web.Tests.Site;

/// <summary>What a parent writes or types as a password never reaches the logs, whatever path it takes.</summary>
public sealed class LogPrivacyTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string Secret = "hemlig-rad-7f3a9";

    [Fact]
    public async Task Reflection_text_and_passwords_never_reach_the_logs()
    {
        var log = new CapturedLog();
        using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ILogEventSink>(log)));
        await factory.CreateAccountAsync("loggad@example.se");
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        await client.SignInAsync("loggad@example.se", Accounts.Password);

        using var failedSignIn = await app.CreateClient(new() { AllowAutoRedirect = false })
            .PostFormAsync("/konto/logga-in", new() { ["Input.Email"] = "loggad@example.se", ["Input.Password"] = Secret + "-password" });
        using var written = await client.PostFormAsync("/dagbok/skriv", new()
        {
            ["Input.Title"] = Secret + "-title",
            ["Input.Text"] = Secret + "-text",
            ["Input.SubmissionId"] = Guid.NewGuid().ToString("N"),
        });
        using var tooLong = await client.PostFormAsync("/dagbok/skriv", new()
        {
            ["Input.Text"] = Secret + new string('x', 20_000),
            ["Input.SubmissionId"] = Guid.NewGuid().ToString("N"),
        });

        Assert.Equal(HttpStatusCode.Redirect, written.StatusCode);
        Assert.NotEmpty(log.Lines);
        Assert.DoesNotContain(log.Lines, line => line.Contains(Secret, StringComparison.Ordinal));
    }

    private sealed class CapturedLog : ILogEventSink
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public void Emit(LogEvent logEvent)
        {
            using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            logEvent.RenderMessage(writer, System.Globalization.CultureInfo.InvariantCulture);
            writer.Write(' ');
            writer.Write(string.Join(' ', logEvent.Properties.Select(p => p.Value.ToString())));
            writer.Write(' ');
            writer.Write(logEvent.Exception?.ToString());
            Lines.Enqueue(writer.ToString());
        }
    }
}
