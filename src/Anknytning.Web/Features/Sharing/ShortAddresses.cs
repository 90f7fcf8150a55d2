using Anknytning.Content;
using Anknytning.Web.Site;

namespace Anknytning.Web.Features.Sharing;

/// <summary>A lesson, or one of its sections, as it is shared: a title, a short address and where that lands.</summary>
public sealed record SharedPlace(Lesson Lesson, Section? Section)
{
    public string Title => Section?.Title ?? Lesson.Title;

    /// <summary>The id the short address is made of: the section's, or the lesson's.</summary>
    public string Name => Section?.Id ?? Lesson.Id;

    public string ShortAddress => Addresses.ShortAddress(Name);

    /// <summary>A lesson, or a section of it, by current or former ids; null when either is unknown.</summary>
    public static SharedPlace? Find(ILessonCatalog catalog, string lessonId, string? sectionId)
    {
        if (catalog.FindLesson(lessonId) is not { } lesson)
        {
            return null;
        }

        if (sectionId is null)
        {
            return new SharedPlace(lesson, null);
        }

        return lesson.FindSection(sectionId) is { } section ? new SharedPlace(lesson, section) : null;
    }

    /// <summary>True when the ids asked for are the current ones, not former ones.</summary>
    public bool IsNamedBy(string lessonId, string? sectionId) =>
        lessonId == Lesson.Id && sectionId == Section?.Id;

    /// <summary>
    /// The first words of the text (a section with its subsections, or the whole lesson), cut after a word: enough
    /// to recognise it on paper, short enough that the handout stays on one page.
    /// </summary>
    public string Opening(int maxCharacters)
    {
        var sections = Section is null
            ? Lesson.Sections
            : Lesson.Sections.SkipWhile(s => s != Section).TakeWhile((s, i) => i == 0 || s.Level > Section.Level);
        var text = string.Join(' ', sections.Select(s => s.Text.Trim()).Where(t => t.Length > 0));
        if (text.Length <= maxCharacters)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', maxCharacters);
        return string.Concat(text.AsSpan(0, cut > 0 ? cut : maxCharacters).TrimEnd(",;:–- "), " …");
    }
}

/// <summary>
/// Every short address, /a/{id}, from the ids and aliases the content already has: lesson ids and section ids are
/// written by hand, never change, and a renamed one keeps its old id as an alias, so a printed address works for
/// good. An id must name one place across the whole catalogue; the one exception is a lesson whose first section
/// has the lesson's own id, where both mean the top of the lesson. Built once; a clash stops start-up.
/// </summary>
public sealed class ShortAddresses
{
    private readonly Dictionary<string, SharedPlace> places = new(StringComparer.OrdinalIgnoreCase);

    public ShortAddresses(ILessonCatalog catalog)
    {
        var clashes = new List<string>();
        foreach (var lesson in catalog.Lessons)
        {
            foreach (var id in lesson.KnownIds)
            {
                Add(id, new SharedPlace(lesson, null), clashes);
            }
        }

        foreach (var lesson in catalog.Lessons)
        {
            for (var i = 0; i < lesson.Sections.Count; i++)
            {
                var section = lesson.Sections[i];
                foreach (var id in section.KnownIds)
                {
                    var opensTheLesson = i == 0 && places.TryGetValue(id, out var taken) && taken.Lesson == lesson && taken.Section is null;
                    if (!opensTheLesson)
                    {
                        Add(id, new SharedPlace(lesson, section), clashes);
                    }
                }
            }
        }

        if (clashes.Count > 0)
        {
            throw new InvalidOperationException("Short addresses must name one place each: " + string.Join("; ", clashes));
        }

        Published = [.. catalog.Lessons.SelectMany(l => l.Sections.Select(s => new SharedPlace(l, s)).Prepend(new SharedPlace(l, null)))];
    }

    /// <summary>Every lesson and every section under its current id, in catalogue order.</summary>
    public IReadOnlyList<SharedPlace> Published { get; }

    /// <summary>The place an id or a former id names, or null.</summary>
    public SharedPlace? Find(string id) => places.GetValueOrDefault(id);

    /// <summary>Where a short address lands: the lesson, scrolled to the section when it is one.</summary>
    public static string Destination(SharedPlace place) => Addresses.Lesson(place.Lesson.Id, place.Section?.Id);

    private void Add(string id, SharedPlace place, List<string> clashes)
    {
        if (!places.TryAdd(id, place))
        {
            var taken = places[id];
            clashes.Add($"'{id}' is both {Describe(taken)} and {Describe(place)}");
        }
    }

    private static string Describe(SharedPlace place) =>
        place.Section is null ? $"lesson {place.Lesson.Id}" : $"section {place.Lesson.Id}#{place.Section.Id}";
}
