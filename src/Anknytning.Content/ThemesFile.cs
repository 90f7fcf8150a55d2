using System.Text.RegularExpressions;

namespace Anknytning.Content;

/// <summary>Reads <c>themes.yml</c>: the themes with their Swedish and Danish names and introductions.</summary>
internal static partial class ThemesFile
{
    public static List<Theme> Read(string contentRoot, AddressBook<Theme> book, ContentErrors errors)
    {
        var path = Path.Combine(contentRoot, "themes.yml");
        if (!File.Exists(path))
        {
            errors.Add(path, 0, "file not found; it lists the themes every lesson refers to");
            return [];
        }

        var read = ContentYaml.Read<List<ThemeEntry>>(File.ReadAllText(path), path, 1, errors);
        var entries = read.Value ?? [];
        var items = read.Items;
        var themes = new List<Theme>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var lines = i < items.Count ? items[i] : FieldLines.None;
            if (!ContentId.IsValid(entry.Id))
            {
                errors.Add(path, lines["id"], entry.Id is null
                    ? "theme without id"
                    : $"theme id '{entry.Id}' must be {ContentId.Rule}");
                continue;
            }

            if (entry.Order is null)
            {
                errors.Add(path, lines.Start, $"theme '{entry.Id}' has no order");
            }

            if (entry.Color is null || !Color().IsMatch(entry.Color))
            {
                errors.Add(path, lines["color"], $"theme '{entry.Id}' needs a color like \"#2f6f6a\"");
            }

            var aliases = entry.Aliases ?? [];
            for (var a = 0; a < aliases.Count; a++)
            {
                if (!ContentId.IsValid(aliases[a]))
                {
                    errors.Add(path, lines[$"aliases.{a}"], $"theme alias '{aliases[a]}' must be {ContentId.Rule}");
                }
            }

            var theme = new Theme(
                entry.Id!,
                entry.Order ?? 0,
                entry.Color ?? "",
                Localized(entry.Name, "name", entry.Id!, path, lines, errors),
                Localized(entry.Introduction, "introduction", entry.Id!, path, lines, errors),
                aliases);
            themes.Add(theme);
            book.Add(theme.Id, theme, path, lines["id"], errors);
            for (var a = 0; a < aliases.Count; a++)
            {
                book.Add(aliases[a], theme, path, lines[$"aliases.{a}"], errors);
            }
        }

        if (!read.Failed && entries.Count == 0)
        {
            errors.Add(path, 1, "no themes");
        }

        return themes;
    }

    private static LocalizedText Localized(
        LocalizedEntry? text, string field, string themeId, string path, FieldLines lines, ContentErrors errors)
    {
        foreach (var (language, value) in new[] { ("sv", text?.Sv), ("da", text?.Da) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors.Add(path, lines[$"{field}.{language}"], $"theme '{themeId}' has no {field} in {language} ({field}: {{ sv: …, da: … }})");
            }
        }

        return new LocalizedText(text?.Sv?.Trim() ?? "", text?.Da?.Trim() ?? "");
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex Color();
}

internal sealed class ThemeEntry
{
    public string? Id { get; set; }

    public int? Order { get; set; }

    public string? Color { get; set; }

    public List<string>? Aliases { get; set; }

    public LocalizedEntry? Name { get; set; }

    public LocalizedEntry? Introduction { get; set; }
}

internal sealed class LocalizedEntry
{
    public string? Sv { get; set; }

    public string? Da { get; set; }
}
