using Anknytning.Web.Site;
using Microsoft.AspNetCore.Http;
using Serilog.Events;

namespace Anknytning.Web.Tests.Site;

/// <summary>The request log keeps what an operator must see and leaves out the quick successes.</summary>
public sealed class RequestLevelTests
{
    [Theory]
    [InlineData(200, 3, LogEventLevel.Debug)]
    [InlineData(304, 1, LogEventLevel.Debug)]
    [InlineData(302, 12, LogEventLevel.Debug)]
    [InlineData(200, 1500, LogEventLevel.Warning)]
    [InlineData(404, 2, LogEventLevel.Information)]
    [InlineData(429, 2, LogEventLevel.Information)]
    [InlineData(503, 2, LogEventLevel.Error)]
    [InlineData(500, 2, LogEventLevel.Error)]
    public void A_request_is_logged_by_how_it_went(int status, double milliseconds, LogEventLevel level)
    {
        var context = new DefaultHttpContext { Response = { StatusCode = status } };

        Assert.Equal(level, Logging.RequestLevel(context, milliseconds, null));
    }

    [Fact]
    public void A_request_that_threw_is_an_error_whatever_its_status()
    {
        var context = new DefaultHttpContext { Response = { StatusCode = 200 } };

        Assert.Equal(LogEventLevel.Error, Logging.RequestLevel(context, 1, new InvalidOperationException("boom")));
    }
}
