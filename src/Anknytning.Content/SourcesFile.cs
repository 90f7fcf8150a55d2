namespace Anknytning.Content;

/// <summary>Reads <c>sources.yml</c>: the original texts, in the order the site lists them.</summary>
internal static class SourcesFile
{
    public static List<Source> Read(string contentRoot, AddressBook<Source> book, ContentErrors errors)
    {
        var path = Path.Combine(contentRoot, "sources.yml");
        if (!File.Exists(path))
        {
            errors.Add(path, 0, "file not found; it lists the original texts every lesson comes from");
            return [];
        }

        var read = ContentYaml.Read<List<SourceEntry>>(File.ReadAllText(path), path, 1, errors);
        var entries = read.Value ?? [];
        var items = read.Items;
        var sources = new List<Source>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var lines = i < items.Count ? items[i] : FieldLines.None;
            if (!ContentId.IsValid(entry.Id))
            {
                errors.Add(path, lines["id"], entry.Id is null
                    ? "source without id"
                    : $"source id '{entry.Id}' must be {ContentId.Rule}");
                continue;
            }

            if (entry.Language is not ("sv" or "da"))
            {
                errors.Add(path, lines["language"], $"source '{entry.Id}' needs language sv or da");
            }

            if (string.IsNullOrWhiteSpace(entry.File))
            {
                errors.Add(path, lines.Start, $"source '{entry.Id}' has no file");
            }
            else if (!File.Exists(Path.Combine(contentRoot, entry.File)))
            {
                errors.Add(path, lines["file"], $"source file '{entry.File}' not found");
            }

            foreach (var (field, value) in new[]
                     { ("title", entry.Title), ("description", entry.Description), ("disclaimer", entry.Disclaimer) })
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    errors.Add(path, lines[field], $"source '{entry.Id}' has no {field}");
                }
            }

            var aliases = entry.Aliases ?? [];
            for (var a = 0; a < aliases.Count; a++)
            {
                if (!ContentId.IsValid(aliases[a]))
                {
                    errors.Add(path, lines[$"aliases.{a}"], $"source alias '{aliases[a]}' must be {ContentId.Rule}");
                }
            }

            var source = new Source(
                entry.Id!,
                entry.Language ?? "",
                entry.Title?.Trim() ?? "",
                entry.Author,
                entry.Date,
                entry.Description?.Trim() ?? "",
                entry.Disclaimer?.Trim() ?? "",
                entry.File ?? "",
                aliases);
            sources.Add(source);
            book.Add(source.Id, source, path, lines["id"], errors);
            for (var a = 0; a < aliases.Count; a++)
            {
                book.Add(aliases[a], source, path, lines[$"aliases.{a}"], errors);
            }
        }

        return sources;
    }
}

internal sealed class SourceEntry
{
    public string? Id { get; set; }

    public string? Language { get; set; }

    public string? File { get; set; }

    public string? Title { get; set; }

    public string? Author { get; set; }

    public string? Date { get; set; }

    public string? Description { get; set; }

    public string? Disclaimer { get; set; }

    public List<string>? Aliases { get; set; }
}
