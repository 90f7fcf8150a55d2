using System.Globalization;
using Anknytning.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anknytning.Web.Features.Errors;

/// <summary>
/// The page for every error status (404, 429, 400, 413 …), re-executed under the address that was asked for, in the
/// reader's language.
/// </summary>
/// <remarks>
/// A re-executed request keeps its method (a refused POST) and its body. So the page has no handler to
/// choose and binds nothing: it reads the code from the route before any handler would run, and never reads a body
/// that may be the very reason for the error (too large, unreadable).
/// </remarks>
[IgnoreAntiforgeryToken]
public sealed class StatusModel(IStringLocalizer<SiteText> text) : PageModel, IDescribedPage
{
    public int Code { get; private set; }

    public string Title { get; private set; } = "";

    public string Text { get; private set; } = "";

    public string PageTitle => Title;

    public string PageDescription => Text;

    public override void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
        var code = int.TryParse(RouteData.Values["code"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
        Code = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        (Title, Text) = Code switch
        {
            StatusCodes.Status404NotFound => (text["NotFoundTitle"], text["NotFoundText"]),
            StatusCodes.Status403Forbidden => (text["ForbiddenTitle"], text["ForbiddenText"]),
            StatusCodes.Status429TooManyRequests => (text["TooManyTitle"], text["TooManyText"]),
            StatusCodes.Status400BadRequest => (text["BadRequestTitle"], text["BadRequestText"]),
            StatusCodes.Status413PayloadTooLarge => (text["TooLargeTitle"], text["TooLargeText"]),
            _ => (text["ErrorTitle"].Value, text["ErrorText"].Value),
        };
        Response.StatusCode = Code;
    }
}
