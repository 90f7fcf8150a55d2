using System.Globalization;
using System.Threading.RateLimiting;
using Anknytning.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace Anknytning.Web.Features.Account;

/// <summary>
/// One budget per client for everything that checks a password or probes an address: signing in (on the
/// sign-in page or beside a kept journal text), registering, resetting, changing a password, deleting the account.
/// One bucket for all of them, so no form adds guesses to another's.
/// </summary>
public sealed class PasswordAttempts(IOptions<AccountOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.AttemptsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    /// <summary>Takes one attempt from the client's budget; null when allowed, else how long to wait.</summary>
    public TimeSpan? TryAttempt(HttpContext context)
    {
        using var lease = limiter.AttemptAcquire(ClientNetwork.Of(context));
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
    }

    public void Dispose() => limiter.Dispose();
}

/// <summary>A page that can answer a refused attempt itself, keeping what the person typed (the journal does).</summary>
public interface IAnswersTooManyAttempts
{
    IActionResult TooManyAttempts();
}

/// <summary>
/// Counts the page's posts against <see cref="PasswordAttempts"/>. The handler the framework actually chose
/// decides, never the query string, so "?handler=X&amp;handler=Y" cannot slip past. A refused post answers 429
/// with Retry-After, as the localized status page, or as the page itself for <see cref="IAnswersTooManyAttempts"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class LimitPasswordAttemptsAttribute(params string[] handlers) : Attribute, IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var handler = context.HandlerMethod;
        var counts = handler is not null
            && string.Equals(handler.HttpMethod, "Post", StringComparison.OrdinalIgnoreCase)
            && (handlers.Length == 0 || handlers.Contains(handler.Name, StringComparer.OrdinalIgnoreCase));
        if (counts && context.HttpContext.RequestServices.GetRequiredService<PasswordAttempts>().TryAttempt(context.HttpContext) is { } wait)
        {
            var response = context.HttpContext.Response;
            response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            if (context.HandlerInstance is IAnswersTooManyAttempts page)
            {
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Result = page.TooManyAttempts();
            }
            else
            {
                context.Result = new StatusCodeResult(StatusCodes.Status429TooManyRequests);
            }

            return;
        }

        await next();
    }
}
