using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Anknytning.Web.Features.Lessons;
using Microsoft.Extensions.Options;

namespace Anknytning.Web.Site;

/// <summary>
/// What an anonymous page depends on besides its address: the build (views and Swedish text in the app's assembly,
/// Danish text in its satellite, the content parser), the content files, and the interface language. Worked out
/// once at start-up; a deploy with any change gives every page a new ETag.
/// </summary>
public sealed class PageVersion
{
    private readonly string build;

    public PageVersion(IOptions<LessonsOptions> lessons)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var app = typeof(PageVersion).Assembly;
        foreach (var assembly in new[] { app, typeof(Anknytning.Content.ILessonCatalog).Assembly }.Concat(Satellites(app)))
        {
            hash.AppendData(assembly.ManifestModule.ModuleVersionId.ToByteArray());
        }

        var content = Path.GetFullPath(lessons.Value.ContentPath, AppContext.BaseDirectory);
        foreach (var file in Directory.EnumerateFiles(content, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(content, file)));
            hash.AppendData(File.ReadAllBytes(file));
        }

        build = Convert.ToHexString(hash.GetHashAndReset(), 0, 8).ToLowerInvariant();
    }

    /// <summary>A weak validator: compression changes the bytes on the wire, not the page.</summary>
    public string ETag() => $"W/\"{build}-{CultureInfo.CurrentUICulture.Name}\"";

    private static IEnumerable<Assembly> Satellites(Assembly app)
    {
        foreach (var language in SiteSetup.Languages)
        {
            Assembly? satellite;
            try
            {
                satellite = app.GetSatelliteAssembly(new CultureInfo(language));
            }
            catch (FileNotFoundException)
            {
                // The neutral language (Swedish) lives in the app's own assembly.
                satellite = null;
            }

            if (satellite is not null)
            {
                yield return satellite;
            }
        }
    }
}
