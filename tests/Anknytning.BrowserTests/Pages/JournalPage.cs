namespace Anknytning.BrowserTests.Pages;

/// <summary>The journal, "/dagbok", and its write page, "/dagbok/skriv": title, text, one save button.</summary>
public sealed class JournalPage(IPage page)
{
    public IPage Page => page;

    public ILocator Title => page.Locator("input[name='Input.Title']");

    public ILocator Text => page.Locator("textarea[name='Input.Text']");

    public ILocator Save => page.Locator("form.journal-form button[type=submit]");

    public ILocator Entries => page.Locator(".journal-entry");

    /// <summary>The folded filter's summary: the search and the lists are behind it.</summary>
    public ILocator FilterToggle => page.Locator("details.journal-filter-box > summary");

    public ILocator Search => page.Locator("#filter-search");

    public ILocator Filter => page.Locator("form.journal-filter button[type=submit]");

    public ILocator EntryText => page.Locator(".journal-text");

    public static async Task<JournalPage> OpenAsync(IPage page, string path = "/dagbok")
    {
        var response = await page.GotoAsync(path);
        Assert.True(response is { Ok: true }, $"GET {path} answered {response?.Status}.");
        return new JournalPage(page);
    }

    public async Task WriteAsync(string title, string text)
    {
        await Title.FillAsync(title);
        await Text.FillAsync(text);
        await Save.ClickAsync();
    }

    public ILocator Entry(string title) => Entries.Filter(new() { Has = page.Locator(".journal-entry-title", new() { HasText = title }) });
}
