using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Anknytning.Content;

/// <summary>The lines on which the keys of one YAML mapping stand, so an error can point at the field at fault.</summary>
/// <remarks>Nested keys are joined with dots: <c>name.sv</c>, <c>section_aliases.old-id</c>, <c>themes.0</c>.</remarks>
internal sealed class FieldLines(int start, IReadOnlyDictionary<string, int> keys)
{
    public static readonly FieldLines None = new(1, new Dictionary<string, int>());

    public int Start => start;

    /// <summary>The line of a key, or of the mapping itself when the key is absent.</summary>
    /// <remarks>A missing nested key falls back to its parent: a missing <c>name.da</c> points at <c>name</c>.</remarks>
    public int this[string key]
    {
        get
        {
            for (var path = key; path.Length > 0; path = path[..Math.Max(0, path.LastIndexOf('.'))])
            {
                if (keys.TryGetValue(path, out var line))
                {
                    return line;
                }
            }

            return start;
        }
    }

    public static FieldLines Of(YamlNode node, int lineOffset)
    {
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        Collect(node, "", lineOffset, keys);
        return new FieldLines((int)node.Start.Line + lineOffset, keys);
    }

    private static void Collect(YamlNode node, string prefix, int lineOffset, Dictionary<string, int> keys)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    var path = prefix + key;
                    keys.TryAdd(path, (int)key.Start.Line + lineOffset);
                    Collect(value, path + ".", lineOffset, keys);
                }

                break;
            case YamlSequenceNode sequence:
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    var path = prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    keys.TryAdd(path, (int)sequence.Children[i].Start.Line + lineOffset);
                    Collect(sequence.Children[i], path + ".", lineOffset, keys);
                }

                break;
        }
    }
}

/// <summary>A YAML text read into <typeparamref name="T"/>, with where its fields stand.</summary>
internal sealed record YamlRead<T>(T? Value, YamlNode? Root, int LineOffset, bool Failed = false)
    where T : class
{
    /// <summary>Lines of the root mapping (front matter).</summary>
    public FieldLines Fields => Root is null ? FieldLines.None : FieldLines.Of(Root, LineOffset);

    /// <summary>Lines of each item of a root sequence (themes.yml, sources.yml).</summary>
    public IReadOnlyList<FieldLines> Items => Root is YamlSequenceNode sequence
        ? [.. sequence.Children.Select(item => FieldLines.Of(item, LineOffset))]
        : [];
}

/// <summary>Reads our YAML (front matter, themes.yml, sources.yml) with YamlDotNet and turns its errors into content errors.</summary>
internal static partial class ContentYaml
{
    // Keys are written the YAML way (section_aliases); unknown or repeated keys are mistakes, not extras.
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithDuplicateKeyChecking()
        .Build();

    /// <param name="firstLine">The 1-based file line on which the YAML text starts.</param>
    public static YamlRead<T> Read<T>(string yaml, string path, int firstLine, ContentErrors errors)
        where T : class
    {
        var lineOffset = firstLine - 1;
        var parser = new PositionParser(new Parser(new StringReader(yaml)));
        YamlNode? root;
        try
        {
            // Parsed once on its own first: syntax errors come out with YamlDotNet's line, and the node tree
            // tells us where each key stands for later messages.
            var stream = new YamlStream();
            stream.Load(parser);
            root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
        }
        catch (YamlException e)
        {
            errors.Add(path, LineOf(e, lineOffset, firstLine), $"YAML syntax error: {e.Message}");
            return new YamlRead<T>(null, null, lineOffset, Failed: true);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way on some unclosed [ or {, without a position; the last
            // thing it did read is the best line we have.
            errors.Add(path, Math.Max(firstLine, (int)parser.LastRead.Line + lineOffset), "YAML syntax error: an unclosed [ or { here?");
            return new YamlRead<T>(null, null, lineOffset, Failed: true);
        }

        try
        {
            return new YamlRead<T>(Deserializer.Deserialize<T>(yaml), root, lineOffset);
        }
        catch (YamlException e)
        {
            errors.Add(path, LineOf(e, lineOffset, firstLine), Describe(e));
            return new YamlRead<T>(null, root, lineOffset, Failed: true);
        }
    }

    private static int LineOf(YamlException e, int lineOffset, int firstLine) =>
        e.Start.Line > 0 ? (int)e.Start.Line + lineOffset : firstLine;

    // YamlDotNet's messages name CLR types; an author needs to know what to write instead.
    private static string Describe(YamlException e)
    {
        if (UnknownProperty().Match(e.Message) is { Success: true } unknown)
        {
            return $"unknown field '{UnderscoredNamingConvention.Instance.Apply(unknown.Groups[1].Value)}'";
        }

        if (DuplicateKey().Match(e.Message) is { Success: true } duplicate)
        {
            return $"field '{duplicate.Groups[1].Value}' is written twice";
        }

        if (e.InnerException is FormatException or OverflowException)
        {
            return "expected a whole number";
        }

        if (WrongShape().Match($"{e.Message} {e.InnerException?.Message}") is { Success: true } shape)
        {
            var type = shape.Groups[1].Value;
            return type switch
            {
                _ when type.StartsWith("System.String", StringComparison.Ordinal) => "expected a text, not a list or mapping",
                _ when type.Contains("List", StringComparison.Ordinal) => "expected a list, like [a, b]",
                _ when type.Contains("Dictionary", StringComparison.Ordinal) => "expected a mapping of key: value lines",
                _ => "this value has the wrong shape",
            };
        }

        return e.InnerException?.Message ?? e.Message;
    }

    [GeneratedRegex("Property '(.+?)' not found")]
    private static partial Regex UnknownProperty();

    [GeneratedRegex("duplicate key (.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex DuplicateKey();

    [GeneratedRegex("\\b(?:into type|to) '?([^,'\\s]+)")]
    private static partial Regex WrongShape();
}

/// <summary>Passes events through and remembers where the last one ended, for errors that come without a position.</summary>
internal sealed class PositionParser(IParser parser) : IParser
{
    public Mark LastRead { get; private set; } = Mark.Empty;

    public YamlDotNet.Core.Events.ParsingEvent? Current => parser.Current;

    public bool MoveNext()
    {
        if (parser.Current is { } current)
        {
            LastRead = current.End;
        }

        return parser.MoveNext();
    }
}
