using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Anknytning.Web.Site;

/// <summary>
/// How much one request may carry, stated once for the whole site. The largest form is the journal's: 10 000
/// characters of text, at most 40 000 bytes of UTF-8 (JournalEntries.MaxTextBytes), which form encoding (%C3%A5 for å)
/// can triple to about 120 kB. 512 kB leaves room for a text well over the limit to be read and sent back with a
/// message rather than lost. Anything larger is answered 413 before it is read; a form that cannot be read
/// (too many fields, a field too long) 400. Both with the status page, in the reader's language.
/// </summary>
/// <remarks>
/// Below nginx's default client_max_body_size (1 MB), so a proxy in front refuses nothing this app would read.
/// </remarks>
public sealed class RequestLimits(RequestDelegate next)
{
    /// <summary>The largest request body the site reads, in bytes.</summary>
    public const int MaxBodyBytes = 512 * 1024;

    /// <summary>The most fields one form may have; ours have a dozen.</summary>
    public const int MaxFormFields = 100;

    public async Task InvokeAsync(HttpContext context)
    {
        // The status page re-executed for a refused request runs with the same request: let it through.
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            await next(context);
            return;
        }

        if (context.Request.ContentLength > MaxBodyBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        // A body without a stated length (chunked) is cut off by the server when it grows past the limit.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = MaxBodyBytes;
        }

        try
        {
            await next(context);
        }
        catch (Exception e) when (!context.Response.HasStarted && UnreadableStatus(e, context.Request) is { } status)
        {
            // Not an error of ours: the request was too large or not a form we could read.
            context.Response.Clear();
            context.Response.StatusCode = status;
        }
    }

    public static void Configure(IServiceCollection services)
    {
        services.Configure<FormOptions>(o =>
        {
            o.ValueLengthLimit = MaxBodyBytes;
            o.ValueCountLimit = MaxFormFields;
            o.MultipartBodyLengthLimit = MaxBodyBytes;
            o.BufferBodyLengthLimit = MaxBodyBytes;
        });
        services.Configure<KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = MaxBodyBytes);
    }

    /// <summary>413 or 400 when reading the request failed on one of the limits; null for any other exception.</summary>
    private static int? UnreadableStatus(Exception? e, HttpRequest request)
    {
        for (; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case Microsoft.AspNetCore.Http.BadHttpRequestException bad:
                    return bad.StatusCode;
                case InvalidDataException when request.HasFormContentType:
                    return StatusCodes.Status400BadRequest;
            }
        }

        return null;
    }
}
