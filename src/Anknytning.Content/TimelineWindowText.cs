using System.Globalization;
using System.Text.RegularExpressions;

namespace Anknytning.Content;

/// <summary>Reads one entry of a lesson's <c>suggested_during</c>: <c>pregnancy 28-42</c> (weeks) or <c>baby 0-2</c> (months).</summary>
internal static partial class TimelineWindowText
{
    public const int LastPregnancyWeek = 45;
    public const int LastBabyMonth = 36;

    private const string Shape = "'pregnancy 28-42' (weeks of pregnancy) or 'baby 0-2' (the baby's age in completed months)";

    /// <summary>The window, or null with <paramref name="problem"/> saying what to write instead.</summary>
    public static TimelineWindow? Parse(string? written, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(written))
        {
            problem = $"suggested_during has an empty entry: write {Shape}";
            return null;
        }

        if (Pattern().Match(written.Trim()) is not { Success: true } match)
        {
            problem = $"suggested_during '{written}' must read like {Shape}";
            return null;
        }

        var from = int.Parse(match.Groups["from"].Value, CultureInfo.InvariantCulture);
        var to = int.Parse(match.Groups["to"].Value, CultureInfo.InvariantCulture);
        var (stage, unit, last) = match.Groups["stage"].Value switch
        {
            "pregnancy" => (TimelineStage.Pregnancy, "pregnancy weeks", LastPregnancyWeek),
            "baby" => (TimelineStage.Baby, "baby months", LastBabyMonth),
            var other => ((TimelineStage?)null, other, 0),
        };

        if (stage is null)
        {
            problem = $"suggested_during '{written}' has the unknown stage '{unit}': use pregnancy (weeks) or baby (months)";
        }
        else if (from > to)
        {
            problem = $"suggested_during '{written}' runs backwards: {from} comes after {to}";
        }
        else if (to > last)
        {
            problem = $"suggested_during '{written}' goes past the end: {unit} run from 0 to {last}";
        }

        return problem is null ? new TimelineWindow(stage!.Value, from, to) : null;
    }

    // Numbers are capped at three digits so parsing can never overflow; the range check then names the limit.
    [GeneratedRegex(@"^(?<stage>\S+)\s+(?<from>\d{1,3})\s*[-–]\s*(?<to>\d{1,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
