namespace Anknytning.Content;

/// <summary>
/// Ids and aliases of one kind of page (lessons, themes, sources) share one address space: /lektion/{id-or-alias}.
/// Finds an item by either, case-insensitively like the rest of the site, and reports an address used twice.
/// </summary>
internal sealed class AddressBook<T>(string kind)
    where T : class
{
    private readonly Dictionary<string, (T Item, string Where)> entries = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string address, T item, string path, int line, ContentErrors errors)
    {
        if (entries.TryGetValue(address, out var taken))
        {
            errors.Add(path, line, $"{kind} '{address}' is already used by {taken.Where}");
            return;
        }

        entries[address] = (item, $"{errors.Display(path)}:{line}");
    }

    public T? Find(string address) => entries.TryGetValue(address, out var entry) ? entry.Item : null;
}
