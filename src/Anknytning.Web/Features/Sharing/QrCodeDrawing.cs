using System.Globalization;
using System.Text;
using QRCoder;

namespace Anknytning.Web.Features.Sharing;

/// <summary>
/// A QR code as one SVG path: each run of dark modules in a row is one rectangle of the path, so a code is a few
/// kilobytes of markup instead of thousands of elements, and prints crisply at any size.
/// </summary>
public sealed record QrCodeDrawing(int Size, string Path)
{
    /// <summary>Modules of white around the code; the QR standard asks for four, and cameras need them on paper.</summary>
    public const int QuietZone = 4;

    public static QrCodeDrawing Of(string text)
    {
        // Level M (15 % of the code may be lost) keeps a short address small while surviving a creased handout.
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        // QRCoder's matrix already carries the four-module quiet zone.
        var rows = data.ModuleMatrix;
        var path = new StringBuilder();
        for (var y = 0; y < rows.Count; y++)
        {
            var row = rows[y];
            var x = 0;
            while (x < row.Length)
            {
                if (!row[x])
                {
                    x++;
                    continue;
                }

                var start = x;
                while (x < row.Length && row[x])
                {
                    x++;
                }

                path.Append(CultureInfo.InvariantCulture, $"M{start} {y}h{x - start}v1h-{x - start}z");
            }
        }

        return new QrCodeDrawing(rows.Count, path.ToString());
    }
}
