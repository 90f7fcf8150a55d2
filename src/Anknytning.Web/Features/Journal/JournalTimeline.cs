using System.Globalization;
using Anknytning.Web.Site;

namespace Anknytning.Web.Features.Journal;

/// <summary>
/// One reflection in the journal: the day it was written and where that day fell for the parent, as written
/// ("3 mån") and, when that is short for something, as said in full ("3 månader").
/// </summary>
public sealed record JournalItem(Reflection Reflection, DateOnly Day, string? Label, string? SpokenLabel = null);

/// <summary>Reflections under one heading: a pregnancy week or a baby age ("vecka 28", "3 mån"), else a month.</summary>
public sealed record JournalGroup(string Heading, bool IsTimeline, IReadOnlyList<JournalItem> Items, string? SpokenHeading = null);

/// <summary>Groups reflections, newest first, by where they fall on the parent's timeline.</summary>
public static class JournalTimeline
{
    public static IReadOnlyList<JournalGroup> Group(
        IReadOnlyList<Reflection> newestFirst, DateOnly? dueDate, DateOnly? birthDate, string language, CultureInfo culture)
    {
        var groups = new List<JournalGroup>();
        List<JournalItem>? current = null;
        string? heading = null;
        foreach (var reflection in newestFirst)
        {
            var item = Item(reflection, dueDate, birthDate, language);
            var itemHeading = item.Label ?? Month(item.Day, culture);
            if (current is null || itemHeading != heading)
            {
                current = [];
                heading = itemHeading;
                groups.Add(new JournalGroup(itemHeading, item.Label is not null, current, item.SpokenLabel));
            }

            current.Add(item);
        }

        return groups;
    }

    public static JournalItem Item(Reflection reflection, DateOnly? dueDate, DateOnly? birthDate, string language)
    {
        // The day as the parent lived it, in Swedish and Danish time, whatever the server's clock says.
        var day = ReadingDates.Date(reflection.WrittenAt);
        var position = ParentTimeline.Position(dueDate, birthDate, day);
        var label = position?.Label(language);
        var spoken = position?.Spoken(language);
        return string.IsNullOrEmpty(label)
            ? new JournalItem(reflection, day, null)
            : new JournalItem(reflection, day, label, spoken == label ? null : spoken);
    }

    private static string Month(DateOnly day, CultureInfo culture)
    {
        var month = day.ToString("MMMM yyyy", culture);
        return month.Length == 0 ? month : char.ToUpper(month[0], culture) + month[1..];
    }
}
