namespace Anknytning.Content;

/// <summary>A mistake in <c>content/</c>: the file (relative to the folder above the content root) and its 1-based line.</summary>
/// <remarks>Line 0 means the whole file, for instance when it is missing.</remarks>
public sealed record ContentError(string File, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}

/// <summary>
/// Thrown by <see cref="LessonCatalog.Load"/> when the content has mistakes. It lists every one found, each on
/// its own line, so an author can fix them all in one go instead of restarting once per mistake.
/// </summary>
public sealed class ContentException : Exception
{
    public ContentException(IReadOnlyList<ContentError> errors)
        : base(string.Join('\n', errors)) => Errors = errors;

    public ContentException()
        : this([])
    {
    }

    public ContentException(string message)
        : base(message) => Errors = [];

    public ContentException(string message, Exception innerException)
        : base(message, innerException) => Errors = [];

    public IReadOnlyList<ContentError> Errors { get; }
}
