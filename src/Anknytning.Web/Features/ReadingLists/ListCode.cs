using System.Security.Cryptography;
using System.Text;

namespace Anknytning.Web.Features.ReadingLists;

/// <summary>
/// A list's short code: read aloud, typed on a phone, or scanned. No character that looks like another (0/O,
/// 1/l/I), upper case only, from a cryptographic random source: 31^7 ≈ 27 billion codes, so with opening
/// rate-limited per client a guess almost never lands.
/// </summary>
public static class ListCode
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public const int Length = 7;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>
    /// What a person typed, in the canonical form: upper case, without spaces or dashes. Null when it cannot be a
    /// code, so it is never looked up.
    /// </summary>
    public static string? Normalize(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > 40)
        {
            return null;
        }

        var code = new StringBuilder(Length);
        foreach (var c in typed)
        {
            if (char.IsWhiteSpace(c) || c == '-')
            {
                continue;
            }

            var upper = char.ToUpperInvariant(c);
            if (!Alphabet.Contains(upper, StringComparison.Ordinal) || code.Length == Length)
            {
                return null;
            }

            code.Append(upper);
        }

        return code.Length == Length ? code.ToString() : null;
    }
}
