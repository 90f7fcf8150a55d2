using Anknytning.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anknytning.Web.Features.Errors;

/// <summary>
/// The page for every error status (404, 429, 400 …), re-executed under the address that was asked for, in the
/// reader's language.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel(IStringLocalizer<SiteText> text) : PageModel, IDescribedPage
{
    public int Code { get; private set; }

    public string Title { get; private set; } = "";

    public string Text { get; private set; } = "";

    public string PageTitle => Title;

    public string PageDescription => Text;

    public void OnGet(int code) => Show(code);

    // A rejected POST (rate limit, antiforgery) is re-executed as a POST too.
    public void OnPost(int code) => Show(code);

    private void Show(int code)
    {
        Code = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        (Title, Text) = Code switch
        {
            StatusCodes.Status404NotFound => (text["NotFoundTitle"], text["NotFoundText"]),
            StatusCodes.Status429TooManyRequests => (text["TooManyTitle"], text["TooManyText"]),
            StatusCodes.Status400BadRequest => (text["BadRequestTitle"], text["BadRequestText"]),
            _ => (text["ErrorTitle"].Value, text["ErrorText"].Value),
        };
        Response.StatusCode = Code;
    }
}
