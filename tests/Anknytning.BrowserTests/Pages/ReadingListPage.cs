namespace Anknytning.BrowserTests.Pages;

/// <summary>A reading list as a parent opens it, "/l/{code}", and the code form that leads there.</summary>
public sealed class ReadingListPage(IPage page)
{
    public IPage Page => page;

    public ILocator Heading => page.Locator("main h1");

    public ILocator StepTitles => page.Locator(".list-step-title");

    public ILocator Code => page.Locator(".list-code-value");

    public ILocator HandoutLink => page.Locator(".list-share a[href$='/utskrift']");

    /// <summary>Types a code into the small form on the home page and sends it, as a parent with a slip of paper would.</summary>
    public static async Task<ReadingListPage> TypeCodeOnHomePageAsync(IPage page, string typed)
    {
        await HomePage.OpenAsync(page);
        await page.Locator("form.code-form input[name=code]").FillAsync(typed);
        await page.Locator("form.code-form button[type=submit]").ClickAsync();
        return new ReadingListPage(page);
    }
}
