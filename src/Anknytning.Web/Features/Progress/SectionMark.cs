using Anknytning.Content;

namespace Anknytning.Web.Features.Progress;

/// <summary>The mark-as-read form at the end of each section of a lesson (written in Lessons/Lesson.cshtml).</summary>
public static class SectionMark
{
    /// <summary>
    /// The form's id. Marking or unmarking sends the reader back here rather than to the heading, which in a long
    /// section is screens away from the button and its new state.
    /// </summary>
    public static string Anchor(Section section) => $"{section.Id}-markera";
}
