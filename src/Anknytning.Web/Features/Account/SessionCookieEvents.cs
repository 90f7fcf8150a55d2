using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Anknytning.Web.Features.Account;

/// <summary>
/// Ties each sign-in cookie to a <see cref="SignInSession"/>. A copied cookie stops working as soon as its session
/// ends, rather than at Identity's next security-stamp check half an hour later.
/// </summary>
public sealed class SessionCookieEvents(SignInSessions sessions, IOptions<SecurityStampValidatorOptions> stampCheck) : CookieAuthenticationEvents
{
    public override async Task SigningIn(CookieSigningInContext context)
    {
        if (context.Principal?.Identity is ClaimsIdentity identity
            && identity.FindFirst(ClaimTypes.NameIdentifier)?.Value is { } userId)
        {
            foreach (var old in identity.FindAll(SignInSessions.ClaimType).ToList())
            {
                identity.RemoveClaim(old);
            }

            identity.AddClaim(new Claim(SignInSessions.ClaimType, await sessions.StartAsync(userId, context.HttpContext.RequestAborted)));
        }

        await base.SigningIn(context);
    }

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var sessionId = SignInSessions.IdOf(context.Principal);
        var userId = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        if (sessionId is null || userId is null || !await sessions.IsActiveAsync(sessionId, userId, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        // Identity's own check still runs when it is due (every half hour): it notices a changed security stamp. Before
        // then it does nothing, but asking for it builds a UserManager and a SignInManager, about a twentieth of a
        // signed-in page's CPU (docs/benchmarks.md), so it is asked only when due, by Identity's own rule.
        if (StampCheckIsDue(context.Properties.IssuedUtc))
        {
            await SecurityStampValidator.ValidatePrincipalAsync(context);
        }
    }

    private bool StampCheckIsDue(DateTimeOffset? issuedUtc) =>
        issuedUtc is not { } issued
        || (stampCheck.Value.TimeProvider ?? TimeProvider.System).GetUtcNow() - issued > stampCheck.Value.ValidationInterval;

    public override async Task CheckSlidingExpiration(CookieSlidingExpirationContext context)
    {
        if (context.ShouldRenew && SignInSessions.IdOf(context.Principal) is { } sessionId)
        {
            await sessions.SeenAsync(sessionId, context.HttpContext.RequestAborted);
        }

        await base.CheckSlidingExpiration(context);
    }

    /// <summary>
    /// A signed-in reader without the right (a parent at the list editor) is answered 403 with the status page,
    /// not sent to sign in again as the same person.
    /// </summary>
    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }

    public override async Task SigningOut(CookieSigningOutContext context)
    {
        // The user is still the signed-in one here, unless the principal was just rejected above (then it is gone anyway).
        if (SignInSessions.IdOf(context.HttpContext.User) is { } sessionId)
        {
            await sessions.EndAsync(sessionId, context.HttpContext.RequestAborted);
        }

        await base.SigningOut(context);
    }
}
