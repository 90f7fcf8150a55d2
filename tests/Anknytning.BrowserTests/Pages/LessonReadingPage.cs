namespace Anknytning.BrowserTests.Pages;

/// <summary>A lesson as a signed-in reader sees it: a mark-as-read form at the end of each section.</summary>
public sealed class LessonReadingPage(IPage page)
{
    public IPage Page => page;

    public ILocator Progress => page.Locator(".lesson-progress .reading-bar-text");

    public ILocator SectionForm(string sectionId) => page.Locator($"section[aria-labelledby='{sectionId}-rubrik'] form.mark-read");

    public ILocator MarkAsRead(string sectionId) =>
        SectionForm(sectionId).GetByRole(AriaRole.Button, new() { Name = "Markera som läst" });

    public ILocator ReadStatus(string sectionId) => SectionForm(sectionId).Locator(".mark-read-status");

    public ILocator TableOfContentsTick(string sectionId) => page.Locator($"nav.toc li:has(> a[href='#{sectionId}']) > .toc-read");

    /// <summary>The section is shown as read: "Läst" with an undo button, and a tick in the table of contents.</summary>
    public async Task ExpectReadAsync(string sectionId)
    {
        await Expect(ReadStatus(sectionId)).ToHaveTextAsync("✓ Läst");
        await Expect(SectionForm(sectionId).GetByRole(AriaRole.Button, new() { Name = "Ångra" })).ToBeVisibleAsync();
        await Expect(TableOfContentsTick(sectionId)).ToHaveCountAsync(1);
    }
}
