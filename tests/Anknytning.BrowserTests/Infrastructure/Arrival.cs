using System.Text.RegularExpressions;

namespace Anknytning.BrowserTests.Infrastructure;

/// <summary>
/// Waiting for the page a form or a link leads to. Playwright's <c>WaitForURLAsync</c>, when the address already
/// matches, checks the load state and only then subscribes to its events, so it can miss the event and time out
/// (microsoft/playwright-dotnet#3364); after a form's redirect it failed that way now and then, under CI's load too.
/// This polls instead: the address, then the site footer, the document's last element, so the page is parsed to
/// its end.
/// </summary>
public static class Arrival
{
    /// <summary>The address of the site's front page, whatever host and port the test server has.</summary>
    public static readonly Regex FrontPage = new(@"^https?://[^/]+/$");

    public static async Task ArriveAtAsync(this IPage page, Regex address)
    {
        await Expect(page).ToHaveURLAsync(address);
        await Expect(page.Locator("body > footer.site-footer")).ToBeAttachedAsync();
    }
}
