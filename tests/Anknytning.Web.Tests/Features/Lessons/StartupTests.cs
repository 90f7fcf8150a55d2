using Anknytning.Content;
using Microsoft.AspNetCore.Hosting;

namespace Anknytning.Web.Tests.Features.Lessons;

public sealed class StartupTests : IDisposable
{
    private readonly string content = Directory.CreateTempSubdirectory("anknytning-content-").FullName;

    [Fact]
    public void A_broken_lesson_stops_start_up_naming_file_and_line()
    {
        CopyRealContent();
        var lesson = Path.Combine(content, "da", "heling.md");
        File.AppendAllText(lesson, "\n## En gang til {#heling}\n\nTekst.\n");
        using var factory = new AppFactory();
        using var broken = factory.WithWebHostBuilder(b => b.UseSetting("Lessons:ContentPath", content));

        var error = Assert.Throws<ContentException>(() => broken.Services);

        Assert.Contains("heling.md:", error.Message, StringComparison.Ordinal);
        Assert.Contains("duplicate", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    private void CopyRealContent()
    {
        var real = Path.Combine(AppContext.BaseDirectory, "content");
        foreach (var file in Directory.EnumerateFiles(real, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(content, Path.GetRelativePath(real, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => Directory.Delete(content, recursive: true);
}
