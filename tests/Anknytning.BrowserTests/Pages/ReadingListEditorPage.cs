namespace Anknytning.BrowserTests.Pages;

/// <summary>A health visitor's new-list page, "/laslistor/ny": title, note, a checkbox per section.</summary>
public sealed class ReadingListEditorPage(IPage page)
{
    public IPage Page => page;

    public ILocator Title => page.Locator("input[name='Input.Title']");

    public ILocator Note => page.Locator("textarea[name='Input.Note']");

    /// <summary>The list's code, as the edit page shows it after saving.</summary>
    public ILocator ParentLink => page.Locator(".list-editor-code a[href^='/l/']").First;

    public static async Task<ReadingListEditorPage> OpenNewAsync(IPage page)
    {
        var response = await page.GotoAsync("/laslistor/ny");
        Assert.True(response is { Ok: true }, $"GET /laslistor/ny answered {response?.Status}.");
        return new ReadingListEditorPage(page);
    }

    public ILocator Section(string lessonId, string sectionId) => page.Locator($"input[name='Input.Sections'][value='{lessonId}/{sectionId}']");

    /// <summary>Saves the list and returns its code.</summary>
    public async Task<string> SaveAsync()
    {
        await page.Locator("form.form button[type=submit]").ClickAsync();
        var href = await ParentLink.GetAttributeAsync("href");
        return href!["/l/".Length..];
    }
}
