using Anknytning.Content;

namespace Anknytning.Web.Features.Progress;

/// <summary>What the mark-as-read form at the end of a section needs.</summary>
public sealed record SectionMark(Lesson Lesson, Section Section, bool IsRead)
{
    /// <summary>
    /// The form's id. Marking or unmarking sends the reader back here rather than to the heading, which in a long
    /// section is screens away from the button and its new state.
    /// </summary>
    public static string Anchor(Section section) => $"{section.Id}-markera";
}
