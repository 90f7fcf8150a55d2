using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Anknytning.Content.Tests.RealContent;

/// <summary>
/// The source ids and files of the real sources.yml, read directly, so tests can be listed per source even
/// when the catalogue itself does not load.
/// </summary>
internal sealed class SourceList
{
    public string Id { get; set; } = "";

    public string File { get; set; } = "";

    public static IEnumerable<string> Ids() => ReadAll().Select(s => s.Id);

    public static IReadOnlyList<SourceList> ReadAll() =>
        new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build()
            .Deserialize<List<SourceList>>(System.IO.File.ReadAllText(Path.Combine(RealContentFolder.Root, "sources.yml")));
}
