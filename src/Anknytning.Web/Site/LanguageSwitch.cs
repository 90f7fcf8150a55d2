using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Routing;

namespace Anknytning.Web.Site;

/// <summary>
/// The language switch is a plain link: it only sets a preference cookie, so it needs no form and works
/// without JavaScript. A year is long enough that a parent never has to choose twice.
/// </summary>
public static class LanguageSwitch
{
    public static IResult Choose(string language, string? returnUrl, HttpContext context)
    {
        if (!SiteSetup.Languages.Contains(language))
        {
            return Results.NotFound();
        }

        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
            new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1),
                IsEssential = true,
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
            });

        // The framework's own check: only this site, and no control characters that would break the redirect.
        var url = new UrlHelper(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
        return Results.LocalRedirect(url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }

    public static string LinkFor(string language, HttpRequest request) =>
        Addresses.Language(language, request.Path + request.QueryString);
}
