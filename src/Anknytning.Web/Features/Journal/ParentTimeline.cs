using System.Globalization;
using System.Resources;
using Anknytning.Content;

namespace Anknytning.Web.Features.Journal;

/// <summary>Where a day falls for a parent: a pregnancy week, or the baby's age in completed months.</summary>
public readonly record struct TimelinePosition(TimelineStage Stage, int Value)
{
    // The label names its language rather than following the request's culture, so it reads the resx directly.
    private static readonly ResourceManager Words = new(typeof(TimelineText));

    /// <summary>"vecka 28" / "uge 28", "3 mån" / "3 mdr", "nyfödd" / "nyfødt" for the first month.</summary>
    public string Label(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        var word = Stage switch
        {
            TimelineStage.Pregnancy => "LabelWeek",
            TimelineStage.Baby when Value == 0 => "LabelNewborn",
            TimelineStage.Baby => "LabelMonths",
            _ => null,
        };
        return word is null ? "" : string.Format(culture, Words.GetString(word, culture) ?? word, Value);
    }

    /// <summary>
    /// The label as said in full, for screen readers, which would read "3 mån" as a word: "3 månader" / "3 måneder",
    /// "1 månad" / "1 måned". The same as <see cref="Label"/> where nothing is abbreviated.
    /// </summary>
    public string Spoken(string language)
    {
        if (Stage != TimelineStage.Baby || Value == 0)
        {
            return Label(language);
        }

        var culture = CultureInfo.GetCultureInfo(language);
        var word = Value == 1 ? "SpokenOneMonth" : "SpokenMonths";
        return string.Format(culture, Words.GetString(word, culture) ?? word, Value);
    }
}

/// <summary>
/// Places a day on the parent's timeline from the due date and the birth date, both optional. Pregnancy weeks are
/// completed weeks counted from 280 days before the due date (the due date is week 40). After the birth, or
/// when there is no birth date more than two weeks after the due date, the baby's age in completed months.
/// </summary>
public static class ParentTimeline
{
    private const int PregnancyDays = 280;
    private const int LastPregnancyWeek = 42;

    public static TimelinePosition? Position(DateOnly? dueDate, DateOnly? birthDate, DateOnly day)
    {
        if (birthDate is { } birth && day >= birth)
        {
            return new(TimelineStage.Baby, CompletedMonths(birth, day));
        }

        // Before the birth, the due date dates the pregnancy; without one, the birth date stands in for it.
        var due = dueDate ?? birthDate;
        if (due is not { } expected)
        {
            return null;
        }

        var daysPregnant = PregnancyDays - (expected.DayNumber - day.DayNumber);
        if (daysPregnant < 0)
        {
            return null;
        }

        var week = daysPregnant / 7;
        if (week <= LastPregnancyWeek || birthDate is not null)
        {
            return new(TimelineStage.Pregnancy, week);
        }

        return new(TimelineStage.Baby, CompletedMonths(expected, day));
    }

    private static int CompletedMonths(DateOnly from, DateOnly to)
    {
        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month;
        // Not a whole month yet until the same day of the month (or the month's last day, after 31 January).
        var anniversary = from.AddMonths(months);
        return anniversary > to ? months - 1 : months;
    }
}
