namespace Anknytning.Web.Site;

/// <summary>
/// Folders and files that hold parents' data or the keys to it: readable by the app's own user only (700 for
/// folders, 600 for files) on Unix. Windows relies on the folder's inherited ACL instead.
/// </summary>
public static class PrivateStorage
{
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>
    /// Creates the folder and any missing parents as 700. An existing folder is left as it is, unless
    /// <paramref name="ours"/> says nobody else keeps files in it (a keys folder): then it is made 700.
    /// </summary>
    public static void CreateFolder(string path, bool ours = false)
    {
        path = Path.GetFullPath(path);
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        // Directory.CreateDirectory(path, mode) gives the mode to the last folder only; its parents would get the umask's.
        var missing = new Stack<string>();
        for (var folder = path; folder is not null && !Directory.Exists(folder); folder = Path.GetDirectoryName(folder))
        {
            missing.Push(folder);
        }

        while (missing.TryPop(out var folder))
        {
            Directory.CreateDirectory(folder, FolderMode);
        }

        if (ours && File.GetUnixFileMode(path) != FolderMode)
        {
            File.SetUnixFileMode(path, FolderMode);
        }
    }

    /// <summary>Makes an existing file 600; a missing one is ignored.</summary>
    public static void Restrict(string file)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(file) && File.GetUnixFileMode(file) != FileMode)
        {
            File.SetUnixFileMode(file, FileMode);
        }
    }

    /// <summary>Writes a new file that is 600 from its first byte, not made private after it was written.</summary>
    public static void WriteNewFile(string file, ReadOnlySpan<byte> bytes)
    {
        var options = new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = FileMode;
        }

        using var stream = new FileStream(file, options);
        stream.Write(bytes);
    }
}
