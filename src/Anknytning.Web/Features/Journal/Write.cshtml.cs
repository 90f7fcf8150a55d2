using System.Security.Cryptography;
using Anknytning.Web.Features.Account;
using Anknytning.Web.Site;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anknytning.Web.Features.Journal;

/// <summary>
/// Writing a reflection, on its own or in answer to a prompt in a lesson. A parent may write for a long time,
/// so a post never loses the text: when the sign-in has expired meanwhile, the page comes back with the text
/// and a sign-in form beside it instead of sending the parent away to sign in.
/// </summary>
/// <remarks>
/// Anonymous posts reach the page (the GET still asks for sign-in), and antiforgery is checked here rather
/// than by the framework, whose refusal would be a bare 400 and the text gone. An anonymous post can write
/// nothing, so only a signed-in post needs a valid token.
/// </remarks>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[LimitPasswordAttempts("SignInAndKeep")]
public sealed class WriteModel(
    JournalEntries journal,
    IAntiforgery antiforgery,
    ParentSignIn signIn,
    IStringLocalizer<JournalText> text) : PageModel, IDescribedPage, IAnswersTooManyAttempts
{
    [BindProperty]
    public ReflectionInput Input { get; set; } = new();

    /// <summary>The lesson, section and prompt being answered, if any.</summary>
    public ReflectionContext? Context { get; private set; }

    /// <summary>The sign-in has expired: the page shows the text with a sign-in form.</summary>
    public bool NeedsSignIn { get; private set; }

    /// <summary>Signed in again from this page: the text is back in the form, not yet saved.</summary>
    public bool SignedInAgain { get; private set; }

    public string PageTitle => text["WriteTitle"];

    public string PageDescription => text["WriteIntro"];

    public IActionResult OnGet(
        [FromQuery(Name = "lektion")] string? lessonId,
        [FromQuery(Name = "avsnitt")] string? sectionId,
        [FromQuery(Name = "fraga")] string? promptId)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        Context = journal.FindContext(lessonId, sectionId, promptId);
        if (Context is null && !string.IsNullOrWhiteSpace(lessonId))
        {
            return NotFound();
        }

        Input = new ReflectionInput { SubmissionId = NewSubmissionId() };
        Input.SetContext(Context);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return AskToSignIn();
        }

        ModelState.Clear();
        if (!await antiforgery.IsRequestValidAsync(HttpContext))
        {
            ModelState.AddModelError("", text["FormExpired"]);
            return KeepText();
        }

        var (ok, context) = Input.Validate(journal, ModelState, text);
        if (!ok)
        {
            Context = context;
            return KeepText();
        }

        if (!journal.MaySave(User.GetUserId(), out var retryAfter))
        {
            ReflectionInput.RefuseTooManySaves(Response, ModelState, retryAfter, text);
            Context = context;
            return KeepText();
        }

        var id = await journal.WriteAsync(
            User.GetUserId(), new NewReflection(Input.CleanTitle, Input.CleanText, context, Input.SubmissionId!), ct);
        if (context is null)
        {
            return RedirectToPage("/Journal/Entry", new { id });
        }

        if (context is { Section: { } section, Prompt: { } prompt })
        {
            // Back to the prompt just answered, where the page says it was saved.
            TempData[SavedReflection.Key] = new SavedReflection(section.Id, prompt.Id, id).ToString();
            return Redirect(Addresses.Lesson(context.Lesson.Id, SavedReflection.Anchor(section, prompt)));
        }

        return Redirect(context.Href);
    }

    /// <summary>The sign-in beside the kept text. The text comes back in the form; it is saved only by the next post.</summary>
    public async Task<IActionResult> OnPostSignInAndKeepAsync(
        [FromForm(Name = "SignIn.Email")] string? email, [FromForm(Name = "SignIn.Password")] string? password)
    {
        ModelState.Clear();
        if (User.Identity?.IsAuthenticated == true)
        {
            // Signed in meanwhile, in another tab: nothing to do but give the form back.
            return KeepText();
        }

        // The sign-in form was made for an anonymous visitor; checking its token stops another site signing
        // a parent into someone else's account.
        if (!await antiforgery.IsRequestValidAsync(HttpContext))
        {
            ModelState.AddModelError("", text["FormExpired"]);
            return AskToSignIn();
        }

        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            ModelState.AddModelError("", text["SignInFailed"]);
            return AskToSignIn();
        }

        var (outcome, account) = await signIn.SignInAsync(email, password, remember: true);
        if (outcome != SignInOutcome.SignedIn || account is null)
        {
            ModelState.AddModelError("", text["SignInFailed"]);
            return AskToSignIn();
        }

        // The cookie goes out with this response; for the form drawn now, the request is the parent's already,
        // so its antiforgery token is valid for the post that saves.
        HttpContext.User = await signIn.PrincipalAsync(account);

        SignedInAgain = true;
        return KeepText();
    }

    /// <summary>Too many sign-in attempts from here: say so, and keep the text.</summary>
    public IActionResult TooManyAttempts()
    {
        ModelState.Clear();
        ModelState.AddModelError("", text["TooManyAttempts"]);
        return AskToSignIn();
    }

    private PageResult AskToSignIn()
    {
        NeedsSignIn = true;
        return KeepText();
    }

    /// <summary>The page again with everything typed. The context is shown only if it still exists.</summary>
    private PageResult KeepText()
    {
        Context ??= journal.FindContext(Input.LessonId, Input.SectionId, Input.PromptId);
        if (string.IsNullOrWhiteSpace(Input.SubmissionId) || Input.SubmissionId.Length > 64)
        {
            Input.SubmissionId = NewSubmissionId();
        }

        return Page();
    }

    private static string NewSubmissionId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
