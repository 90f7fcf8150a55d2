using System.Globalization;

namespace Anknytning.Web.Site;

/// <summary>The language the interface speaks for this request: "sv" or "da".</summary>
public static class UiLanguage
{
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "da" ? "da" : "sv";
}
