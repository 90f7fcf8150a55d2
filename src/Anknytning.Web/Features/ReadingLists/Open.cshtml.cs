using Anknytning.Web.Features.Account;
using Anknytning.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Anknytning.Web.Features.ReadingLists;

/// <summary>
/// "/l/K7M2QXA": a list as a parent opens it, with no account. Signed in, the parent also sees what they have read
/// and can keep the list in "Min läsning".
/// </summary>
[EnableRateLimiting(ReadingListsSetup.OpeningPolicy)]
public sealed class OpenModel(ParentLists lists, PublicOrigin origin, IStringLocalizer<ReadingListsText> text) : PageModel, IDescribedPage
{
    public OpenedList? List { get; private set; }

    public string? TypedCode { get; private set; }

    public IReadOnlySet<int> Read { get; private set; } = new HashSet<int>();

    public bool? Saved { get; private set; }

    public string Address { get; private set; } = "";

    public string PageTitle => List?.Title ?? text["NoSuchList"];

    public string PageDescription => List?.Note ?? text["FindIntro"];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (ListCode.Normalize(code) is not { } normalized)
        {
            return Missing(code);
        }

        if (normalized != code)
        {
            return RedirectToPage(new { code = normalized });
        }

        List = await lists.OpenAsync(normalized, ct);
        if (List is null)
        {
            return Missing(code);
        }

        Address = origin.Link(Request, Addresses.ReadingList(List.Code)).ToString();
        if (User.Identity?.IsAuthenticated == true)
        {
            var userId = User.GetUserId();
            // A retired list shows no steps, but one kept in "Min läsning" can still be taken out from here.
            Saved = await lists.IsSavedAsync(userId, List.Id, ct);
            if (!List.Retired)
            {
                Read = await lists.ReadStepsAsync(userId, List, ct);
            }
        }

        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(string code, CancellationToken ct) =>
        ChangeAsync(code, (userId, listId) => lists.SaveAsync(userId, listId, ct), ct);

    public Task<IActionResult> OnPostForgetAsync(string code, CancellationToken ct) =>
        ChangeAsync(code, (userId, listId) => lists.ForgetAsync(userId, listId, ct), ct);

    private async Task<IActionResult> ChangeAsync(string code, Func<string, long, Task> change, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        if (ListCode.Normalize(code) is not { } normalized || await lists.OpenAsync(normalized, ct) is not { } list)
        {
            return NotFound();
        }

        await change(User.GetUserId(), list.Id);
        return RedirectToPage(new { code = list.Code });
    }

    private PageResult Missing(string code)
    {
        TypedCode = code.Length > 20 ? code[..20] : code;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
