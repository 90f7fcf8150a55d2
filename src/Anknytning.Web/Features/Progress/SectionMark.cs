using Anknytning.Content;

namespace Anknytning.Web.Features.Progress;

/// <summary>What the mark-as-read form at the end of a section needs.</summary>
public sealed record SectionMark(Lesson Lesson, Section Section, bool IsRead);
