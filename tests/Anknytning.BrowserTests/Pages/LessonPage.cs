using System.Text.RegularExpressions;

namespace Anknytning.BrowserTests.Pages;

/// <summary>A lesson, "/lektion/{id}": table of contents, sections with linkable headings, pager.</summary>
public sealed class LessonPage(IPage page)
{
    public IPage Page => page;

    public ILocator Article => page.Locator("article.lesson");

    public ILocator NextLesson => page.Locator("nav.pager a[rel=next]");

    public static async Task<LessonPage> OpenAsync(IPage page, string lessonId) =>
        await OpenAtAsync(page, $"/lektion/{lessonId}");

    /// <summary>Opens the short section address, which the app redirects to the section's place in the lesson.</summary>
    public static async Task<LessonPage> OpenSectionAsync(IPage page, string lessonId, string sectionId) =>
        await OpenAtAsync(page, $"/lektion/{lessonId}/{sectionId}");

    public ILocator TableOfContentsLink(string sectionId) => page.Locator($"nav.toc a[href='#{sectionId}']");

    public ILocator SectionHeading(string sectionId) =>
        page.Locator($":is(h2, h3, h4).section-heading[id='{sectionId}']");

    /// <summary>The address points at the section and its heading is wholly on screen.</summary>
    public async Task ExpectSectionShownAsync(string sectionId)
    {
        await Expect(page).ToHaveURLAsync(new Regex($"#{Regex.Escape(sectionId)}$"));
        await Expect(SectionHeading(sectionId)).ToBeVisibleAsync();
        await Expect(SectionHeading(sectionId)).ToBeInViewportAsync(new() { Ratio = 1 });
    }

    /// <summary>How wide the page is, and which elements stick out past the right edge of the screen.</summary>
    public async Task<(int ScrollWidth, string[] Overflowing)> MeasureWidthAsync()
    {
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        var overflowing = await page.EvaluateAsync<string[]>(
            """
            () => {
                const edge = document.documentElement.clientWidth + 0.5;
                return [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > edge)
                    .slice(0, 10)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                        + (typeof e.className === 'string' && e.className.trim()
                            ? '.' + e.className.trim().split(/\s+/).join('.') : ''));
            }
            """);
        return (scrollWidth, overflowing);
    }

    private static async Task<LessonPage> OpenAtAsync(IPage page, string path)
    {
        var response = await page.GotoAsync(path);
        Assert.True(response is { Ok: true }, $"GET {path} answered {response?.Status}.");
        return new LessonPage(page);
    }
}
