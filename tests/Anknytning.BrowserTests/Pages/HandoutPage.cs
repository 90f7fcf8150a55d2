using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Anknytning.BrowserTests.Pages;

/// <summary>The share page, "/dela/{lesson}/{section}", and the handout its "Skriv ut" link opens.</summary>
public sealed partial class HandoutPage(IPage page)
{
    public IPage Page => page;

    public ILocator Handout => page.Locator("article.handout");

    public ILocator ShortAddress => Handout.Locator(".shared-address-text a");

    public ILocator SiteHeader => page.Locator(".site-header");

    public ILocator Help => page.Locator(".handout-help");

    /// <summary>Opens a section's share page and follows its "Skriv ut" link, as a health visitor would.</summary>
    public static async Task<HandoutPage> OpenFromSharePageAsync(IPage page, string lessonId, string sectionId)
    {
        var response = await page.GotoAsync($"/dela/{lessonId}/{sectionId}");
        Assert.True(response is { Ok: true }, $"The share page answered {response?.Status}.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Skriv ut", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/utskrift/{lessonId}/{sectionId}$"));
        return new HandoutPage(page);
    }

    /// <summary>Prints the page through Chromium on a paper size ("A4", "A5"), margins from the page's own CSS.</summary>
    public async Task<PrintedPdf> PrintAsync(string format)
    {
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        return new PrintedPdf(await page.PdfAsync(new() { Format = format, PreferCSSPageSize = true }));
    }

    /// <summary>What can be read back from Chromium's PDF without a PDF library: its pages and its links.</summary>
    public sealed partial class PrintedPdf(byte[] bytes)
    {
        private readonly string text = Readable(bytes);

        /// <summary>Page objects ("/Type /Page", not "/Pages"), counted in the file and in any compressed stream.</summary>
        public int Pages => PageObject().Count(text);

        /// <summary>The addresses of the link annotations, which Chromium writes for each <c>&lt;a href&gt;</c> it prints.</summary>
        public IReadOnlyList<string> Links => [.. LinkAnnotation().Matches(text).Select(m => m.Groups[1].Value)];

        public int Length => bytes.Length;

        // Latin-1 keeps every byte; Flate streams are inflated and appended, in case objects sit in object streams.
        private static string Readable(byte[] pdf)
        {
            var raw = Encoding.Latin1.GetString(pdf);
            var all = new StringBuilder(raw);
            foreach (Match stream in Stream().Matches(raw))
            {
                try
                {
                    using var inflate = new ZLibStream(new MemoryStream(Encoding.Latin1.GetBytes(stream.Groups[1].Value)), CompressionMode.Decompress);
                    using var reader = new StreamReader(inflate, Encoding.Latin1);
                    all.Append(reader.ReadToEnd());
                }
                catch (InvalidDataException)
                {
                    // Not a Flate stream (a font, an image): nothing to read in it.
                }
            }

            return all.ToString();
        }

        [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
        private static partial Regex PageObject();

        [GeneratedRegex(@"/URI\s*\(([^)]*)\)")]
        private static partial Regex LinkAnnotation();

        [GeneratedRegex(@"stream\r?\n(.*?)\r?\nendstream", RegexOptions.Singleline)]
        private static partial Regex Stream();
    }
}
