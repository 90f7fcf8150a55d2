using System.Net;
using System.Text;

namespace Anknytning.Content;

/// <summary>
/// The words a reader sees in our rendered lesson HTML, without markup: for search, word counts and the check
/// that every sentence of a source survives into its lessons.
/// </summary>
public static class PlainText
{
    // Block boundaries become a space, so "</p><p>" never glues two words; inline tags (<em>, <a>) vanish.
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt", "figcaption",
        "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
        "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    };

    // A drawing's labels are not prose (its alt text names it for screen readers); styles and scripts never are.
    private static readonly HashSet<string> SkippedTags = new(StringComparer.OrdinalIgnoreCase) { "svg", "style", "script" };

    /// <summary>
    /// The text of an HTML fragment: tags removed, entities decoded, every run of whitespace (including
    /// no-break spaces) turned into one space, and trimmed.
    /// </summary>
    public static string FromHtml(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var text = new StringBuilder(html.Length);
        var skipped = 0;
        var i = 0;
        while (i < html.Length)
        {
            var end = html[i] == '<' ? EndOfTag(html, i) : -1;
            if (end < 0)
            {
                if (skipped == 0)
                {
                    text.Append(html[i]);
                }

                i++;
                continue;
            }

            var tag = html.AsSpan(i + 1, end - i - 1);
            var closing = tag.StartsWith("/");
            var name = TagName(closing ? tag[1..] : tag);
            if (SkippedTags.Contains(name))
            {
                if (closing)
                {
                    skipped = Math.Max(0, skipped - 1);
                }
                else if (!tag.EndsWith("/"))
                {
                    skipped++;
                }
            }
            else if (skipped == 0 && BlockTags.Contains(name))
            {
                text.Append(' ');
            }

            i = end + 1;
        }

        return Collapse(WebUtility.HtmlDecode(text.ToString()));
    }

    /// <summary>Every run of whitespace as one space, trimmed: how text compares when line breaks do not matter.</summary>
    public static string Collapse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = result.Length > 0;
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    /// <summary>Words in a plain text: runs between spaces that hold at least one letter or digit.</summary>
    public static int CountWords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(word => word.Any(char.IsLetterOrDigit));
    }

    // The '>' that closes a tag, skipping any inside quoted attribute values; -1 when the '<' starts no tag.
    private static int EndOfTag(string html, int start)
    {
        if (start + 1 >= html.Length || !(char.IsAsciiLetter(html[start + 1]) || html[start + 1] is '/' or '!' or '?'))
        {
            return -1;
        }

        var quote = '\0';
        for (var i = start + 1; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i;
            }
        }

        return -1;
    }

    private static string TagName(ReadOnlySpan<char> tag)
    {
        var length = 0;
        while (length < tag.Length && (char.IsAsciiLetterOrDigit(tag[length]) || tag[length] is '-' or ':'))
        {
            length++;
        }

        return tag[..length].ToString();
    }
}
