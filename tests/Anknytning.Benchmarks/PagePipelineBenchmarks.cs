using System.Net;
using System.Text.RegularExpressions;
using Anknytning.Content;
using Anknytning.Web.Site;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Anknytning.Benchmarks;

/// <summary>
/// One request through the whole app in-process (the middleware, authentication and the session check, the page,
/// its queries, its components and antiforgery), on a real SQLite file, without the network: where a page's time
/// goes when the load script says it is slow. The catalogue lookup is the floor every lesson page stands on.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PercentileConfig))]
public partial class PagePipelineBenchmarks : IDisposable
{
    private const string Lesson = "/lektion/barnets-behov-av-narhet";

    private readonly string folder = Directory.CreateTempSubdirectory("anknytning-bench-").FullName;
    // Any type of the web assembly names its entry point; this project has a Program of its own.
    private WebApplicationFactory<KeyRings> app = default!;
    private HttpClient anonymous = default!;
    private HttpClient signedIn = default!;
    private ILessonCatalog catalog = default!;

    [GlobalSetup]
    public void Setup()
    {
        app = new WebApplicationFactory<KeyRings>().WithWebHostBuilder(b => b
            // BenchmarkDotNet runs from an assembly it emitted, which carries no content-root attribute.
            .UseSolutionRelativeContentRoot("src/Anknytning.Web")
            .UseEnvironment("Production")
            .UseSetting("ConnectionStrings:Default", $"Data Source={Path.Combine(folder, "app.db")}")
            .UseSetting("DataProtection:KeysPath", Path.Combine(folder, "keys"))
            .UseSetting("AllowedHosts", "*"));
        catalog = app.Services.GetRequiredService<ILessonCatalog>();
        anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        signedIn = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        // A reader registers through the form and marks one section, as the load script's reader does.
        var form = signedIn.GetStringAsync(new Uri("/konto/ny", UriKind.Relative)).GetAwaiter().GetResult();
        Post("/konto/ny", form, new()
        {
            ["Input.Email"] = "bench@example.se",
            ["Input.Password"] = "en lång och trygg mening",
            ["Input.ConfirmPassword"] = "en lång och trygg mening",
        });
        var lesson = signedIn.GetStringAsync(new Uri(Lesson, UriKind.Relative)).GetAwaiter().GetResult();
        Post("/min-lasning/markera?handler=Section", lesson, new()
        {
            ["lessonId"] = "barnets-behov-av-narhet",
            ["sectionId"] = SectionId().Match(lesson).Groups[1].Value,
        });
    }

    [Benchmark]
    public Lesson? Catalogue_lookup() => catalog.FindLesson("barnets-behov-av-narhet");

    [Benchmark]
    public Task<byte[]> Lesson_anonymous() => anonymous.GetByteArrayAsync(new Uri(Lesson, UriKind.Relative));

    [Benchmark]
    public Task<byte[]> Lesson_signed_in() => signedIn.GetByteArrayAsync(new Uri(Lesson, UriKind.Relative));

    [Benchmark]
    public Task<byte[]> Home_signed_in() => signedIn.GetByteArrayAsync(new Uri("/", UriKind.Relative));

    [GlobalCleanup]
    public void Dispose()
    {
        anonymous.Dispose();
        signedIn.Dispose();
        app.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    private void Post(string path, string page, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value;
        using var content = new FormUrlEncodedContent(fields);
        using var response = signedIn.PostAsync(new Uri(path, UriKind.Relative), content).GetAwaiter().GetResult();
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}");
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"sectionId\" value=\"([^\"]+)\"")]
    private static partial Regex SectionId();
}
