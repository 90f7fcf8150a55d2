namespace Anknytning.Web.Site;

/// <summary>
/// The site's addresses for code that is not a view: services, static components, endpoints, mails. Views ask
/// the page itself (asp-page, asp-route-*); each route is written once, in its page's @page line or here.
/// Lesson, section, theme and source ids are the stable ids from content/, so these addresses never break.
/// </summary>
public static class Addresses
{
    public const string Home = "/";

    /// <summary>The themes on the home page.</summary>
    public const string Themes = "/#teman";

    public static string Lesson(string lessonId, string? sectionId = null) =>
        sectionId is null ? $"/lektion/{lessonId}" : $"/lektion/{lessonId}#{sectionId}";

    /// <summary>The speakable address of a section, which redirects to <see cref="Lesson"/> with its anchor.</summary>
    public static string SpokenSection(string lessonId, string sectionId) => $"/lektion/{lessonId}/{sectionId}";

    /// <summary>
    /// The short address of a lesson or a section, to say aloud, type or scan: /a/{id}, "a" for avsnitt/afsnit.
    /// Ids are unique across the catalogue (<c>ShortAddresses</c> checks it at start-up); see docs/content.md.
    /// </summary>
    public static string ShortAddress(string id) => $"/a/{id}";

    /// <summary>The page that shows a lesson's or a section's short address, its QR code and a link to the handout.</summary>
    public static string Share(string lessonId, string? sectionId = null) =>
        sectionId is null ? $"/dela/{lessonId}" : $"/dela/{lessonId}/{sectionId}";

    /// <summary>The one-page handout of a lesson or a section, to print.</summary>
    public static string Handout(string lessonId, string? sectionId = null) =>
        sectionId is null ? $"/utskrift/{lessonId}" : $"/utskrift/{lessonId}/{sectionId}";

    public static string Theme(string themeId) => $"/tema/{themeId}";

    public static string Source(string sourceId, string? anchor = null) =>
        anchor is null ? $"/original/{sourceId}" : $"/original/{sourceId}#{anchor}";

    /// <summary>A reading list, opened by its short code.</summary>
    public static string ReadingList(string code) => $"/l/{code}";

    /// <summary>One section of a reading list (numbered from 1), with the way on through the list.</summary>
    public static string ReadingListStep(string code, int step) => $"/l/{code}/{step}";

    public static string JournalEntry(long id) => $"/dagbok/{id}";

    /// <summary>Where a parent gives the due date or the baby's birth date.</summary>
    public const string ParentDates = "/dagbok/datum";

    public static string SignIn(string? returnUrl) =>
        returnUrl is null ? "/konto/logga-in" : $"/konto/logga-in?returnUrl={Uri.EscapeDataString(returnUrl)}";

    public static string Language(string language, string returnUrl) =>
        $"/sprak/{language}?returnUrl={Uri.EscapeDataString(returnUrl)}";
}
