namespace Anknytning.BrowserTests.Pages;

/// <summary>The home page, "/", with the site's header: skip link, language switch, theme and lesson cards.</summary>
public sealed class HomePage(IPage page)
{
    public IPage Page => page;

    /// <summary>The root element, whose lang attribute is the interface language.</summary>
    public ILocator Document => page.Locator("html");

    public ILocator SkipLink => page.Locator("a.skip-link");

    public ILocator Main => page.Locator("main#main");

    public ILocator ThemeLinks => page.Locator(".theme-card a");

    public ILocator LessonLinks => page.Locator(".lesson-card a");

    /// <summary>"Fortsätt läsa", shown to a signed-in reader who has marked something: where to read on.</summary>
    public ILocator ContinueReading => page.Locator("section.continue-reading");

    public ILocator ContinueReadingLabel => ContinueReading.Locator(".continue-card .eyebrow");

    public ILocator ContinueReadingLink => ContinueReading.Locator(".continue-card-title a");

    public static async Task<HomePage> OpenAsync(IPage page)
    {
        var response = await page.GotoAsync("/");
        Assert.True(response is { Ok: true }, $"GET / answered {response?.Status}.");
        return new HomePage(page);
    }

    public ILocator LanguageLink(string language) => page.Locator($"nav.language-switch a[lang={language}]");
}
