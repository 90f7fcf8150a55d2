using Anknytning.Content;

namespace Anknytning.Web.Features.Journal;

/// <summary>
/// A reflection just saved from a lesson's prompt: the lesson page says so at that prompt, once, with a link to the
/// entry. It travels in TempData across the redirect, so it needs no JavaScript and leaves nothing in the address.
/// </summary>
public sealed record SavedReflection(string SectionId, string PromptId, long EntryId)
{
    public const string Key = "SavedReflection";

    /// <summary>The id of a prompt's form on the lesson page, where the reader lands after saving.</summary>
    public static string Anchor(Section section, ReflectionPrompt prompt) => $"reflektion-{section.Id}-{prompt.Id}-svar";

    public override string ToString() => $"{SectionId}/{PromptId}/{EntryId}";

    public static SavedReflection? Parse(object? value) =>
        value is string text && text.Split('/') is [var section, var prompt, var id] && long.TryParse(id, out var entryId)
            ? new SavedReflection(section, prompt, entryId)
            : null;

    public bool IsFor(Section section, ReflectionPrompt prompt) => SectionId == section.Id && PromptId == prompt.Id;
}
