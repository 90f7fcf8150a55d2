using Anknytning.Content;

namespace Anknytning.Web.Features.Journal;

/// <summary>The lessons that fit where a parent is today: those whose <c>suggested_during</c> holds the position.</summary>
public static class SuggestedLessons
{
    /// <summary>The lessons that fit the position, in catalogue order, lessons in <paramref name="language"/> first.</summary>
    public static IReadOnlyList<Lesson> For(IEnumerable<Lesson> lessons, TimelinePosition position, string language) =>
        [.. lessons
            .Where(l => l.SuggestedDuring.Any(w => w.Contains(position.Stage, position.Value)))
            .OrderBy(l => l.Language == language ? 0 : 1)];
}
