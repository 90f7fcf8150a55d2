namespace Anknytning.Web.Features.Progress;

/// <summary>The calendar day a mark was made, as readers in Sweden and Denmark count days.</summary>
public static class ReadingDates
{
    // Stockholm and Copenhagen share a time zone; without it, marks made late in the evening would show the next
    // day wherever the server runs on UTC.
    private static readonly TimeZoneInfo Nordic =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Stockholm", out var zone) ? zone : TimeZoneInfo.Utc;

    public static DateTime Day(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Nordic).Date;
}
