using Anknytning.Web.Features.Account;
using Anknytning.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anknytning.Web.Features.Progress;

/// <summary>Forgetting everything takes two steps: this page asks, and only its form's post deletes.</summary>
public sealed class ResetModel(ReadingProgress progress, IStringLocalizer<ProgressText> text) : PageModel, IDescribedPage
{
    public string PageTitle => text["ResetMyReading"];

    public string PageDescription => text["ResetConfirmText"];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await progress.ResetAsync(User.GetUserId(), ct);
        return RedirectToPage("/Progress/Index");
    }
}
