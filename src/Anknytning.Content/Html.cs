namespace Anknytning.Content;

/// <summary>Escapes text we place into HTML ourselves (captions, ids), leaving å, ä, ö, æ and ø readable in the markup.</summary>
internal static class Html
{
    public static string Encode(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("'", "&#39;", StringComparison.Ordinal);
}
