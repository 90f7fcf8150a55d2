using Anknytning.Content;

namespace Anknytning.Web.Features.Journal;

/// <summary>What the reflection prompts at the end of a section need.</summary>
/// <param name="WrittenEntryId">The reader's latest journal entry about this section, if any.</param>
/// <param name="IsSignedIn">A signed-in reader gets a form per prompt; anyone else a link to sign in.</param>
/// <param name="JustSaved">The reflection the reader saved a moment ago, if any, on this page.</param>
public sealed record SectionReflectionsView(
    Lesson Lesson, Section Section, long? WrittenEntryId, bool IsSignedIn, SavedReflection? JustSaved = null);
