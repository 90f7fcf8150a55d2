using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Anknytning.Web.Tests.Features.Progress;

/// <summary>
/// The app as the server runs it, in a process of its own, killed without warning right after it answers a mark:
/// what it answered with success must already be on disk, and still be there when it starts again.
/// </summary>
[Trait("Category", "Process")]
public sealed class DurabilityTests : IDisposable
{
    private const string LessonId = "barnets-behov-av-narhet";

    private readonly DirectoryInfo dataFolder = Directory.CreateTempSubdirectory("anknytning-durability-");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact(Timeout = 120_000)]
    public async Task A_mark_answered_with_success_survives_the_process_being_killed()
    {
        var email = $"hallbar-{Guid.NewGuid():N}@example.se";
        string sectionId;

        await using (var app = await AppProcess.StartAsync(dataFolder.FullName, Ct))
        {
            using var client = app.CreateClient();
            using (var registered = await client.PostFormAsync("/konto/ny", new()
            {
                ["Input.Email"] = email,
                ["Input.Password"] = Accounts.Password,
                ["Input.ConfirmPassword"] = Accounts.Password,
            }))
            {
                Assert.True(registered.StatusCode == HttpStatusCode.Redirect, $"registering answered {(int)registered.StatusCode}\n{app.Output}");
            }

            var form = (await client.GetDocumentAsync($"/lektion/{LessonId}", Ct)).QuerySelector("form.mark-read");
            Assert.NotNull(form);
            Assert.Equal("/min-lasning/markera?handler=Section", form.GetAttribute("action"));
            sectionId = form.QuerySelector("input[name=sectionId]")?.GetAttribute("value") ?? "";
            Assert.NotEmpty(sectionId);

            using (var marked = await client.SubmitAsync(form, Ct))
            {
                Assert.True(marked.StatusCode == HttpStatusCode.Redirect, $"marking answered {(int)marked.StatusCode}\n{app.Output}");
                Assert.Equal($"/lektion/{LessonId}#{sectionId}-markera", marked.Headers.Location?.OriginalString);
            }

            // No graceful shutdown: SIGKILL the moment the success is in hand, as a crash or an OOM kill would.
            var exitCode = await app.KillAsync(Ct);
            Assert.NotEqual(0, exitCode);
        }

        await using (var app = await AppProcess.StartAsync(dataFolder.FullName, Ct))
        {
            using var client = app.CreateClient();
            await client.SignInAsync(email, Accounts.Password);

            var lesson = await client.GetDocumentAsync($"/lektion/{LessonId}", Ct);

            Assert.Contains("is-read", lesson.SectionForm(sectionId).ClassList);
            Assert.Single(lesson.QuerySelectorAll("form.mark-read.is-read"));
        }
    }

    public void Dispose()
    {
        try
        {
            dataFolder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on some platforms; the temp folder is cleaned by the OS.
        }
    }

    /// <summary>
    /// `dotnet Anknytning.Web.dll` from the test's output folder (which holds content/ and appsettings.json) on a free
    /// loopback port, with its database and keys in <c>dataFolder</c>. Disposing kills it if it still runs.
    /// </summary>
    private sealed class AppProcess : IAsyncDisposable
    {
        private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
        private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(10);

        private readonly Process process;
        private readonly ConcurrentQueue<string> output = new();

        private AppProcess(Process process, Uri baseAddress)
        {
            this.process = process;
            BaseAddress = baseAddress;
        }

        public Uri BaseAddress { get; }

        /// <summary>What the app wrote to the console, for failure messages.</summary>
        public string Output => string.Join('\n', output);

        public static async Task<AppProcess> StartAsync(string dataFolder, CancellationToken ct)
        {
            var baseAddress = new Uri($"http://127.0.0.1:{BuiltApp.FreePort()}");
            var start = BuiltApp.StartInfo("Testing", dataFolder);
            start.ArgumentList.Add("--urls");
            start.ArgumentList.Add(baseAddress.ToString());
            start.Environment["Account__AttemptsPerMinute"] = "1000";

            var app = new AppProcess(new Process { StartInfo = start }, baseAddress);
            app.process.OutputDataReceived += (_, e) => app.Collect(e.Data);
            app.process.ErrorDataReceived += (_, e) => app.Collect(e.Data);
            app.process.Start();
            app.process.BeginOutputReadLine();
            app.process.BeginErrorReadLine();
            try
            {
                await app.WaitUntilHealthyAsync(ct);
                return app;
            }
            catch
            {
                await app.DisposeAsync();
                throw;
            }
        }

        /// <summary>A client that keeps cookies, does not follow redirects and reads Swedish, like the in-memory tests' clients.</summary>
        public HttpClient CreateClient()
        {
            var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
            {
                BaseAddress = BaseAddress,
                Timeout = TimeSpan.FromSeconds(10),
            };
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("sv");
            return client;
        }

        /// <summary>SIGKILL on Unix: no shutdown hooks, no flushing. Returns the exit code.</summary>
        public async Task<int> KillAsync(CancellationToken ct)
        {
            process.Kill(entireProcessTree: true);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(ExitTimeout);
            await process.WaitForExitAsync(timeout.Token);
            return process.ExitCode;
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                    using var timeout = new CancellationTokenSource(ExitTimeout);
                    await process.WaitForExitAsync(timeout.Token);
                }
            }
            catch (InvalidOperationException)
            {
                // It never started, or exited between the check and the kill.
            }
            catch (OperationCanceledException)
            {
                // Still not gone after the timeout; nothing more a test can do.
            }
            finally
            {
                process.Dispose();
            }
        }

        private void Collect(string? line)
        {
            if (line is not null)
            {
                output.Enqueue(line);
            }
        }

        private async Task WaitUntilHealthyAsync(CancellationToken ct)
        {
            using var probe = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
            var deadline = Stopwatch.StartNew();
            while (deadline.Elapsed < StartTimeout)
            {
                ct.ThrowIfCancellationRequested();
                if (process.HasExited)
                {
                    Assert.Fail($"The app exited with {process.ExitCode} before it was healthy.\n{Output}");
                }

                try
                {
                    using var response = await probe.GetAsync("/health", ct);
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        return;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }
                catch (TaskCanceledException) when (!ct.IsCancellationRequested)
                {
                    // The probe's own timeout: starting, but slow.
                }

                await Task.Delay(100, ct);
            }

            Assert.Fail($"/health did not answer 200 within {StartTimeout.TotalSeconds} s.\n{Output}");
        }
    }
}
