namespace Anknytning.Content;

/// <summary>Collects content errors while the catalogue loads, so one start-up reports all of them.</summary>
internal sealed class ContentErrors(string contentRoot)
{
    private readonly List<ContentError> errors = [];

    // Paths are shown from the folder above the content root, so messages read "content/sv/x.md:3: …"
    // whether the app runs from the repository, a test folder or a container.
    private readonly string displayBase =
        Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentRoot))) ?? contentRoot;

    public string Display(string path) => Path.GetRelativePath(displayBase, path).Replace('\\', '/');

    public void Add(string path, int line, string message) => errors.Add(new ContentError(Display(path), line, message));

    public void ThrowIfAny()
    {
        if (errors.Count > 0)
        {
            // Grouped by file and in line order, the list reads like a to-do list for the author.
            throw new ContentException([.. errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line)]);
        }
    }
}
