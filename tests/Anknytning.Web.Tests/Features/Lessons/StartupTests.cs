using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace Anknytning.Web.Tests.Features.Lessons;

/// <summary>A broken lesson stops the app before it serves anyone or touches the database, and says where the mistake is.</summary>
public sealed class StartupTests : IDisposable
{
    private readonly string content = Directory.CreateTempSubdirectory("anknytning-content-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_broken_lesson_stops_start_up_logging_each_mistake_with_file_and_line()
    {
        BreakContent();
        var log = new CapturedLog();
        await using var factory = new AppFactory();
        await using var broken = factory.WithWebHostBuilder(b => b
            .UseSetting("Lessons:ContentPath", content)
            .ConfigureTestServices(s => s.AddSingleton<ILogEventSink>(log)));

        _ = broken.Services;

        var errors = log.Events.Where(e => e.Level == LogEventLevel.Error).Select(e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var duplicate = Assert.Single(errors, e => e.Contains("heling.md:", StringComparison.Ordinal));
        Assert.Matches(@"heling\.md:\d+: .*duplicate", duplicate);
        Assert.Contains(log.Events, e => e.Level == LogEventLevel.Fatal && e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("did not start", StringComparison.Ordinal));
        Assert.All(log.Events, e => Assert.Null(e.Exception));
        // The app never started: nothing answers.
        await Assert.ThrowsAnyAsync<InvalidOperationException>(() => broken.CreateClient().GetAsync("/", Ct));
    }

    [Fact]
    public async Task A_broken_lesson_stops_start_up_before_the_database_is_created()
    {
        BreakContent();
        await using var factory = new AppFactory();
        await using var broken = factory.WithWebHostBuilder(b => b.UseSetting("Lessons:ContentPath", content));

        _ = broken.Services;

        Assert.Empty(Directory.GetFiles(factory.DataFolder, "app.db*"));
    }

    [Fact]
    public async Task The_real_app_exits_with_an_error_code_and_no_stack_trace_when_a_lesson_is_broken()
    {
        BreakContent();
        var data = Directory.CreateTempSubdirectory("anknytning-broken-").FullName;
        try
        {
            var start = BuiltApp.StartInfo("Production", data);
            start.ArgumentList.Add($"--Lessons:ContentPath={content}");
            start.ArgumentList.Add("--urls=http://127.0.0.1:0");
            var output = new ConcurrentQueue<string>();
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => output.Enqueue(e.Data ?? "");
            process.ErrorDataReceived += (_, e) => output.Enqueue(e.Data ?? "");
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(60));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            finally
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }
            }

            process.WaitForExit(); // drains the redirected output
            var text = string.Join('\n', output);
            Assert.True(process.ExitCode != 0, text);
            Assert.Matches(@"heling\.md:\d+: .*duplicate", text);
            Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Unhandled exception", text, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(data, "app.db")));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>A copy of the real content with one section id used twice.</summary>
    private void BreakContent()
    {
        var real = Path.Combine(AppContext.BaseDirectory, "content");
        foreach (var file in Directory.EnumerateFiles(real, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(content, Path.GetRelativePath(real, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.AppendAllText(Path.Combine(content, "da", "heling.md"), "\n## En gang til {#heling}\n\nTekst.\n");
    }

    public void Dispose() => Directory.Delete(content, recursive: true);

    private sealed class CapturedLog : ILogEventSink
    {
        public ConcurrentQueue<LogEvent> Events { get; } = new();

        public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);
    }
}
