using System.Text;
using System.Text.RegularExpressions;

namespace Anknytning.Content.Tests.RealContent;

/// <summary>
/// Cuts an original text into the sentences that must each appear, word for word, in its lessons.
/// </summary>
/// <remarks>
/// The cut errs on the side of more, shorter pieces: a piece of a sentence is found wherever the whole
/// sentence is, so cutting too often can never report a sentence missing that is there, while gluing a
/// heading to the next sentence can, when the lesson moves the heading. Hence a line ends a piece unless the
/// next line plainly continues it (starts in lowercase), and a sentence ends at . ! ? or : before anything
/// but lowercase, a digit or a known abbreviation.
/// </remarks>
internal static partial class SourceSentences
{
    // Words whose full stop does not end a sentence though a capital follows: "Dr. Feldman".
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase) { "dr", "prof", "mr", "mrs", "ms", "st", "fx", "bl", "ca" };

    public static IReadOnlyList<string> Split(string text)
    {
        var sentences = new List<string>();
        foreach (var piece in Pieces(text))
        {
            foreach (var sentence in Sentences(piece))
            {
                if (sentence.Any(char.IsLetter))
                {
                    sentences.Add(sentence);
                }
            }
        }

        return sentences;
    }

    /// <summary>How both sides compare: composed Unicode, one space for any whitespace.</summary>
    public static string Normalize(string text) => PlainText.Collapse(text.Normalize(NormalizationForm.FormC));

    // Lines joined back into paragraphs, headings and list items, with list markers removed: a Markdown
    // list renders "•" and "1." as <li>, not as text.
    private static List<string> Pieces(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Replace('•', ' ').Trim()).ToArray();
        var pieces = new List<string>();
        var piece = new StringBuilder();
        var nextNumber = 0;
        var previous = "";
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                continue;
            }

            // "1." starts a numbered list only after a line ending in ':' (or as the next number of one), so a
            // wrapped "side\n11. Tilknytningen" keeps its page number.
            if (NumberedItem().Match(line) is { Success: true } item
                && int.Parse(item.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) is var number
                && ((number == 1 && previous.EndsWith(':')) || number == nextNumber))
            {
                Flush(piece, pieces);
                line = line[item.Length..];
                nextNumber = number + 1;
            }
            else
            {
                nextNumber = 0;
            }

            piece.Append(line).Append(' ');
            previous = line;
            if (!ContinuesOnNextLine(lines, i))
            {
                Flush(piece, pieces);
            }
        }

        Flush(piece, pieces);
        return pieces;
    }

    // The next non-blank line carries on the sentence when it starts in lowercase, with an opening quote or
    // bracket ("for\n’mentalisering’"), or with a number that is not a list item ("side\n11. Tilknytningen").
    // Blank lines in between are the PDF's page breaks.
    private static bool ContinuesOnNextLine(string[] lines, int i)
    {
        var next = lines.Skip(i + 1).FirstOrDefault(l => l.Length > 0);
        return next is not null
            && (char.IsLower(next[0])
                || next[0] is '(' or '’' or '‘' or '”' or '“' or '"' or '´' or '»'
                || (char.IsDigit(next[0]) && !lines[i].EndsWith(':') && !NumberedItem().IsMatch(lines[i])));
    }

    private static void Flush(StringBuilder piece, List<string> pieces)
    {
        var text = Normalize(piece.ToString());
        if (text.Length > 0)
        {
            pieces.Add(text);
        }

        piece.Clear();
    }

    private static IEnumerable<string> Sentences(string piece)
    {
        var start = 0;
        foreach (Match end in SentenceEnd().Matches(piece))
        {
            var next = end.Index + end.Length;
            var word = LastWord().Match(piece[..end.Index]).Value;
            if (next >= piece.Length
                || char.IsLower(piece[next])
                || char.IsDigit(piece[next])
                || (piece[end.Index] == '.' && (Abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0])))))
            {
                continue;
            }

            yield return piece[start..(end.Index + end.Groups["mark"].Length)].Trim();
            start = next;
        }

        if (start < piece.Length)
        {
            yield return piece[start..].Trim();
        }
    }

    // The mark (with any closing quote or bracket) and the space after it.
    [GeneratedRegex(@"(?<mark>[.!?:]+[”“""’')\]]*) +")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[\p{L}]+$")]
    private static partial Regex LastWord();

    [GeneratedRegex(@"^(?<n>\d{1,2})\.\s+")]
    private static partial Regex NumberedItem();
}
