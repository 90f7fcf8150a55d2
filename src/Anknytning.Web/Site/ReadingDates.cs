namespace Anknytning.Web.Site;

/// <summary>
/// The calendar day of a moment as parents in Sweden and Denmark count days: the day a section was marked, a
/// reflection written, or today.
/// </summary>
public static class ReadingDates
{
    // Stockholm and Copenhagen share a time zone; without it, marks made late in the evening would show the next
    // day wherever the server runs on UTC.
    private static readonly TimeZoneInfo Nordic =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Stockholm", out var zone) ? zone : TimeZoneInfo.Utc;

    public static DateTime Day(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Nordic).Date;

    /// <summary>The same day as a date alone, for counting weeks and months on the parent's timeline.</summary>
    public static DateOnly Date(DateTimeOffset moment) => DateOnly.FromDateTime(Day(moment));
}
