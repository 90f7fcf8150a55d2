using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;

namespace Anknytning.Web.Features.Journal;

/// <summary>
/// A reflection is plain text with light formatting: paragraphs, line breaks, lists, quotes, *emphasis* and
/// **strong**. What a parent types never becomes markup of its own: raw HTML is shown as text, and links,
/// autolinks and images are not parsed at all, so no address (javascript: or any other) becomes a link.
/// </summary>
public static class ReflectionFormatting
{
    // Built once: a MarkdownPipeline is immutable, thread-safe and caches its renderers.
    private static readonly MarkdownPipeline Pipeline = Build();

    /// <summary>The text as HTML that holds no tag, attribute or address from the writer.</summary>
    public static string ToHtml(string text) => Markdown.ToHtml(text, Pipeline);

    /// <summary>The text without its formatting, on one line.</summary>
    public static string ToPlainText(string text) => Collapse(Markdown.ToPlainText(text, Pipeline));

    /// <summary>The first words of the text, without formatting, ending in "…" when there are more.</summary>
    public static string FirstWords(string text, int words)
    {
        var all = ToPlainText(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return all.Length <= words ? string.Join(' ', all) : string.Join(' ', all.Take(words)) + " …";
    }

    /// <summary>Characters as a reader counts them: an emoji or an accented letter is one.</summary>
    public static int Length(string text) => new StringInfo(text).LengthInTextElements;

    /// <summary>
    /// Browsers send line breaks as CR LF; stored and counted as one character each. Composed (NFC), so that "å" typed
    /// as a and a ring is stored, counted and searched as the one letter it is.
    /// </summary>
    public static string Normalize(string? text) => Composed((text ?? "").ReplaceLineEndings("\n").Trim());

    /// <summary>The size of the text as stored, in bytes of UTF-8.</summary>
    public static int Bytes(string text) => Encoding.UTF8.GetByteCount(text);

    private static string Composed(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // A lone surrogate cannot be normalised; the form decoder never sends one, but a text is never lost for it.
            return text;
        }
    }

    private static MarkdownPipeline Build()
    {
        var builder = new MarkdownPipelineBuilder().DisableHtml().UseSoftlineBreakAsHardlineBreak();
        // Links, images and <autolinks> are gone; headings and code blocks too, since a "#" or an indented
        // line in a diary is just text, not a page heading or a code listing.
        builder.InlineParsers.RemoveAll(p => p is LinkInlineParser or AutolinkInlineParser);
        builder.BlockParsers.RemoveAll(p => p is HeadingBlockParser or IndentedCodeBlockParser or FencedCodeBlockParser or HtmlBlockParser);
        return builder.Build();
    }

    private static string Collapse(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            result.Append(result.Length == 0 ? "" : " ").Append(word);
        }

        return result.ToString();
    }
}
