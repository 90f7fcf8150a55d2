using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Anknytning.Web.Features.Journal;

/// <summary>
/// The fields of the write and edit forms. Checked by hand, not by attributes: the messages say how long the
/// text is now, in the parent's language, and a failed check must never lose what was typed.
/// </summary>
public sealed class ReflectionInput
{
    // Both forms bind this as Input (WriteModel.Input, EditModel.Input): errors go under the names asp-for writes.
    private const string TitleField = $"{nameof(WriteModel.Input)}.{nameof(Title)}";
    private const string TextField = $"{nameof(WriteModel.Input)}.{nameof(Text)}";

    public string? Title { get; set; }

    public string? Text { get; set; }

    public string? LessonId { get; set; }

    public string? SectionId { get; set; }

    public string? PromptId { get; set; }

    /// <summary>A random id drawn into the form when it is shown; the same form posted twice saves once.</summary>
    public string? SubmissionId { get; set; }

    /// <summary>The title as stored: trimmed and composed (NFC), or null when empty.</summary>
    public string? CleanTitle => string.IsNullOrWhiteSpace(Title) ? null : ReflectionFormatting.Normalize(Title);

    public string CleanText => ReflectionFormatting.Normalize(Text);

    public void SetContext(ReflectionContext? context)
    {
        LessonId = context?.Lesson.Id;
        SectionId = context?.Section?.Id;
        PromptId = context?.Prompt?.Id;
    }

    /// <summary>Checks title and text; for a new reflection also the context and the submission id.</summary>
    public (bool Ok, ReflectionContext? Context) Validate(JournalEntries journal, ModelStateDictionary modelState, IStringLocalizer<JournalText> text)
    {
        ValidateText(modelState, text);

        ReflectionContext? context = null;
        var hasContext = !string.IsNullOrWhiteSpace(LessonId) || !string.IsNullOrWhiteSpace(SectionId) || !string.IsNullOrWhiteSpace(PromptId);
        if (hasContext && (context = journal.FindContext(LessonId, SectionId, PromptId)) is null)
        {
            // The lesson changed while the parent was writing. Keep the text; the next save goes without the question.
            SetContext(null);
            modelState.AddModelError("", text["ContextGone"]);
        }

        if (string.IsNullOrWhiteSpace(SubmissionId) || SubmissionId.Length > 64)
        {
            modelState.AddModelError("", text["FormExpired"]);
        }

        return (modelState.IsValid, context);
    }

    /// <summary>The account saves faster than a person writes: 429 with Retry-After, and the page keeps the text.</summary>
    public static void RefuseTooManySaves(HttpResponse response, ModelStateDictionary modelState, TimeSpan retryAfter, IStringLocalizer<JournalText> text)
    {
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        modelState.AddModelError("", text["TooManySaves"]);
    }

    public void ValidateText(ModelStateDictionary modelState, IStringLocalizer<JournalText> text)
    {
        var culture = CultureInfo.CurrentCulture;
        if (CleanTitle is { } title)
        {
            if (ReflectionFormatting.Length(title) is var titleLength && titleLength > JournalEntries.MaxTitleLength)
            {
                modelState.AddModelError(
                    TitleField,
                    text["TitleTooLong", JournalEntries.MaxTitleLength.ToString("N0", culture), titleLength.ToString("N0", culture)]);
            }
            else if (ReflectionFormatting.Bytes(title) > JournalEntries.MaxTitleBytes)
            {
                modelState.AddModelError(TitleField, text["TitleTooLarge"]);
            }
        }

        var body = CleanText;
        if (body.Length == 0)
        {
            modelState.AddModelError(TextField, text["TextRequired"]);
        }
        else if (ReflectionFormatting.Length(body) is var length && length > JournalEntries.MaxTextLength)
        {
            modelState.AddModelError(
                TextField,
                text["TextTooLong", JournalEntries.MaxTextLength.ToString("N0", culture), length.ToString("N0", culture)]);
        }
        else if (ReflectionFormatting.Bytes(body) > JournalEntries.MaxTextBytes)
        {
            modelState.AddModelError(TextField, text["TextTooLarge"]);
        }
    }
}
