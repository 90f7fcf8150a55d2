using System.Globalization;
using Anknytning.Web.Features.Sharing;
using Bunit;

namespace Anknytning.Web.Tests.Features.Sharing;

public sealed class QrCodeTests : ComponentTest
{
    [Theory]
    [InlineData("https://anknytning.se/a/fyra-faser")]
    [InlineData("http://127.0.0.1:5080/a/relationen-til-omsorgspersonen")]
    public void Qr_code_decodes_to_its_address(string address)
    {
        var code = Render<QrCode>(p => p.Add(c => c.Address, address));

        Assert.Equal(address, QrCodeReader.Decode(code.Find("svg")));
    }

    [Fact]
    public void Qr_code_is_one_black_path_on_white_with_a_quiet_zone()
    {
        var code = Render<QrCode>(p => p.Add(c => c.Address, "https://anknytning.se/a/fyra-faser"));

        var svg = code.Find("svg");
        var size = int.Parse(svg.GetAttribute("viewBox")!.Split(' ')[2], CultureInfo.InvariantCulture);
        Assert.Single(svg.QuerySelectorAll("path"));
        var d = svg.QuerySelector("path")!.GetAttribute("d")!;
        var runs = System.Text.RegularExpressions.Regex.Matches(d, @"M(\d+) (\d+)h(\d+)")
            .Select(m => (X: int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Y: int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), Width: int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture)))
            .ToList();
        // No dark module in the four outer rows and columns; the finder patterns touch the zone's inner edge.
        Assert.Equal(4, runs.Min(r => r.X));
        Assert.Equal(4, runs.Min(r => r.Y));
        Assert.Equal(size - 4, runs.Max(r => r.X + r.Width));
        Assert.Equal(size - 5, runs.Max(r => r.Y));
        Assert.True(d.Length < 8000, $"path is {d.Length} characters");
    }

    [Fact]
    public void Qr_code_is_named_by_its_label_or_else_its_address()
    {
        var labelled = Render<QrCode>(p => p.Add(c => c.Address, "https://anknytning.se/a/graenser").Add(c => c.Label, "QR-kode til afsnittet Grænser"));
        var bare = Render<QrCode>(p => p.Add(c => c.Address, "https://anknytning.se/a/graenser"));

        Assert.Equal("img", labelled.Find("svg").GetAttribute("role"));
        Assert.Equal("QR-kode til afsnittet Grænser", labelled.Find("svg").GetAttribute("aria-label"));
        Assert.Equal("https://anknytning.se/a/graenser", bare.Find("svg").GetAttribute("aria-label"));
    }

    [Fact]
    public void Qr_code_refuses_a_relative_address()
    {
        Assert.Throws<ArgumentException>(() => Render<QrCode>(p => p.Add(c => c.Address, "/a/graenser")));
    }
}
