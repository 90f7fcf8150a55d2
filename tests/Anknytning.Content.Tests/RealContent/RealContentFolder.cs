namespace Anknytning.Content.Tests.RealContent;

/// <summary>The repository's own <c>content/</c>, found from the test binaries, and its catalogue, loaded once.</summary>
internal static class RealContentFolder
{
    public static string Root { get; } = FindRoot();

    /// <summary>The catalogue; throws the <see cref="ContentException"/> listing every content error if there are any.</summary>
    public static LessonCatalog Catalog => LoadedCatalog.Value;

    // After Root: static initialisers run in order.
    private static readonly Lazy<LessonCatalog> LoadedCatalog = new(() => LessonCatalog.Load(Root));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Anknytning.sln")))
            {
                return Path.Combine(folder.FullName, "content");
            }
        }

        throw new InvalidOperationException($"No Anknytning.sln above {AppContext.BaseDirectory}; the real content cannot be found.");
    }
}
