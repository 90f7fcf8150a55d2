using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace Anknytning.Web.Tests.Features.Sharing;

/// <summary>
/// Reads a served QR code the way a camera would: the SVG's modules are painted into a grey image, with nothing
/// taken from the generator, and ZXing decodes the picture.
/// </summary>
public static partial class QrCodeReader
{
    private const int PixelsPerModule = 4;

    public static string Decode(IElement svg)
    {
        Assert.Equal("svg", svg.LocalName);
        var viewBox = svg.GetAttribute("viewBox")!.Split(' ').Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var size = viewBox[2];
        Assert.Equal(size, viewBox[3]);
        var path = Assert.Single(svg.QuerySelectorAll("path"));
        Assert.Equal("#000", path.GetAttribute("fill"));
        Assert.Equal("#fff", svg.QuerySelector("rect")?.GetAttribute("fill"));

        var d = path.GetAttribute("d")!;
        var pixels = size * PixelsPerModule;
        var image = Enumerable.Repeat((byte)255, pixels * pixels).ToArray();
        var painted = 0;
        foreach (Match run in Run().Matches(d))
        {
            painted += run.Length;
            int x = Number(run, "x"), y = Number(run, "y"), width = Number(run, "w");
            Assert.Equal(width, Number(run, "back"));
            for (var py = y * PixelsPerModule; py < (y + 1) * PixelsPerModule; py++)
            {
                Array.Fill(image, (byte)0, (py * pixels) + (x * PixelsPerModule), width * PixelsPerModule);
            }
        }

        // Every command of the path was painted: nothing the reader did not understand was skipped.
        Assert.Equal(d.Length, painted);
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image, pixels, pixels, RGBLuminanceSource.BitmapFormat.Gray8)));
        var result = new QRCodeReader().decode(bitmap);
        Assert.NotNull(result);
        return result.Text;
    }

    private static int Number(Match run, string group) => int.Parse(run.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"M(?<x>\d+) (?<y>\d+)h(?<w>\d+)v1h-(?<back>\d+)z")]
    private static partial Regex Run();
}
