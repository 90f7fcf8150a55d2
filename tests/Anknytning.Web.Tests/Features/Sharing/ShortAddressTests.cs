using System.Net;
using Anknytning.Web.Features.Sharing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Anknytning.Web.Tests.Features.Sharing;

/// <summary>The short addresses printed on handouts and said aloud: every one listed, every one lands, for good.</summary>
public sealed class ShortAddressTests(AppFactory factory) : IClassFixture<AppFactory>, IDisposable
{
    private readonly string content = Directory.CreateTempSubdirectory("anknytning-content-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>content/short-addresses.txt: the published list, one "short address, destination" per line.</summary>
    private static IReadOnlyList<(string Address, string Destination)> PublishedList() =>
        [.. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "content", "short-addresses.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(parts => (parts[0], parts[1]))];

    [Fact]
    public async Task Every_published_short_address_opens_its_lesson_at_its_section()
    {
        var client = factory.CreateBrowsingClient();
        var list = PublishedList();
        Assert.True(list.Count >= 38, $"only {list.Count} short addresses listed");

        foreach (var (address, destination) in list)
        {
            using var response = await client.GetAsync(address, Ct);

            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{address} answered {(int)response.StatusCode}");
            Assert.Equal(destination, response.Headers.Location?.OriginalString);
            // About 30 characters after the host: the longest ids today make 35.
            Assert.True(address.Length <= 35, $"{address} is {address.Length} characters");
        }
    }

    [Fact]
    public async Task Every_destination_shows_the_section_it_names()
    {
        var client = factory.CreateBrowsingClient();
        foreach (var group in PublishedList().GroupBy(e => e.Destination.Split('#')[0]))
        {
            var page = await client.GetDocumentAsync(group.Key, Ct);
            foreach (var (address, destination) in group.Where(e => e.Destination.Contains('#', StringComparison.Ordinal)))
            {
                Assert.True(page.GetElementById(destination.Split('#')[1]) is not null, $"{address}: {destination} has no such section");
            }
        }
    }

    [Fact]
    public void Every_lesson_and_section_has_its_short_address_in_the_published_list()
    {
        var listed = PublishedList().Select(e => e.Address).ToHashSet(StringComparer.Ordinal);

        var missing = factory.Services.GetRequiredService<ShortAddresses>().Published
            .Select(p => p.ShortAddress).Where(a => !listed.Contains(a)).ToList();

        // A new lesson or section is published on purpose: add its line to content/short-addresses.txt.
        Assert.Empty(missing);
    }

    [Fact]
    public async Task An_unknown_short_address_is_not_found()
    {
        using var response = await factory.CreateBrowsingClient().GetAsync("/a/finns-inte", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_renamed_section_keeps_its_old_short_address_through_its_alias()
    {
        CopyContentRenaming("da/personlighed.md", "graenser", "graenser-og-nej");
        await using var renamed = factory.WithWebHostBuilder(b => b.UseSetting("Lessons:ContentPath", content));
        var client = renamed.CreateClient(new() { AllowAutoRedirect = false });

        using var old = await client.GetAsync("/a/graenser", Ct);
        using var current = await client.GetAsync("/a/graenser-og-nej", Ct);
        using var oldShare = await client.GetAsync("/dela/personlighed/graenser", Ct);

        Assert.Equal(HttpStatusCode.Redirect, old.StatusCode);
        Assert.Equal("/lektion/personlighed#graenser-og-nej", old.Headers.Location?.OriginalString);
        Assert.Equal("/lektion/personlighed#graenser-og-nej", current.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.MovedPermanently, oldShare.StatusCode);
        Assert.Equal("/dela/personlighed/graenser-og-nej", oldShare.Headers.Location?.OriginalString);
    }

    [Fact]
    public void An_id_that_names_two_places_stops_start_up()
    {
        // "overlevelse" is already a section of tilknytningens-formaal.
        CopyContentRenaming("da/personlighed.md", "graenser", "overlevelse");
        using var clashing = factory.WithWebHostBuilder(b => b.UseSetting("Lessons:ContentPath", content));

        var error = Assert.ThrowsAny<Exception>(() => clashing.CreateClient());

        Assert.Contains("'overlevelse' is both", error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A copy of the real content with one section id changed, the old one kept as an alias.</summary>
    private void CopyContentRenaming(string lessonFile, string oldId, string newId)
    {
        var real = Path.Combine(AppContext.BaseDirectory, "content");
        foreach (var file in Directory.EnumerateFiles(real, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(content, Path.GetRelativePath(real, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var path = Path.Combine(content, lessonFile);
        var text = File.ReadAllText(path);
        Assert.Contains($"{{#{oldId}}}", text, StringComparison.Ordinal);
        text = text.Replace($"{{#{oldId}}}", $"{{#{newId}}}", StringComparison.Ordinal)
            .Replace("\naliases: []\n", $"\naliases: []\nsection_aliases:\n  {oldId}: {newId}\n", StringComparison.Ordinal);
        File.WriteAllText(path, text);
    }

    public void Dispose() => Directory.Delete(content, recursive: true);
}
