namespace Anknytning.BrowserTests.Pages;

/// <summary>The reflection prompts at the end of a lesson's sections, as a signed-in reader sees them, and the journal.</summary>
public sealed class LessonReflectionPage(IPage page)
{
    public IPage Page => page;

    public ILocator Reflections(string sectionId) => page.Locator($"section[aria-labelledby='{sectionId}-rubrik'] aside.reflections");

    public ILocator Answer(string sectionId) => Reflections(sectionId).Locator("form.reflection-form textarea").First;

    public ILocator Save(string sectionId) =>
        Reflections(sectionId).GetByRole(AriaRole.Button, new() { Name = "Spara i dagboken" }).First;

    public ILocator Written(string sectionId) => Reflections(sectionId).Locator(".reflection-written");

    public async Task AnswerAsync(string sectionId, string text)
    {
        await Answer(sectionId).FillAsync(text);
        await Save(sectionId).ClickAsync();
    }

    /// <summary>The journal, "/dagbok", with the reader's entries.</summary>
    public async Task OpenJournalAsync()
    {
        var response = await page.GotoAsync("/dagbok");
        Assert.True(response is { Ok: true }, $"GET /dagbok answered {response?.Status}.");
    }

    public ILocator JournalEntries => page.Locator(".journal-entry");
}
