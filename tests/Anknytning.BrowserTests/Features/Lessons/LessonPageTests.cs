using Anknytning.BrowserTests.Infrastructure;
using Anknytning.BrowserTests.Pages;

namespace Anknytning.BrowserTests.Features.Lessons;

[Collection(SharedBrowser.Name)]
public sealed class LessonPageTests(BrowserFixture browser)
{
    private const string SwedishLesson = "barnets-behov-av-narhet";
    private const string SectionFurtherDown = "under-graviditeten";

    [Fact]
    public async Task Table_of_contents_link_shows_the_section()
    {
        await using var context = await browser.NewContextAsync();
        var lesson = await LessonPage.OpenAsync(await context.NewPageAsync(), SwedishLesson);
        // Otherwise the test would pass without the link doing anything.
        await Expect(lesson.SectionHeading(SectionFurtherDown)).Not.ToBeInViewportAsync();

        await lesson.TableOfContentsLink(SectionFurtherDown).ClickAsync();

        await lesson.ExpectSectionShownAsync(SectionFurtherDown);
    }

    [Fact]
    public async Task Section_address_lands_on_the_section()
    {
        await using var context = await browser.NewContextAsync();

        var lesson = await LessonPage.OpenSectionAsync(await context.NewPageAsync(), SwedishLesson, SectionFurtherDown);

        Assert.EndsWith($"/lektion/{SwedishLesson}#{SectionFurtherDown}", lesson.Page.Url, StringComparison.Ordinal);
        await lesson.ExpectSectionShownAsync(SectionFurtherDown);
    }

    [Theory]
    [InlineData(SwedishLesson)]
    [InlineData("heling-i-parforhold-og-terapi")]
    public async Task Lesson_is_readable_on_a_phone(string lessonId)
    {
        await using var context = await browser.NewContextAsync(Phone());
        var lesson = await LessonPage.OpenAsync(await context.NewPageAsync(), lessonId);
        await Expect(lesson.Article).ToBeVisibleAsync();

        var (scrollWidth, overflowing) = await lesson.MeasureWidthAsync();

        Assert.True(
            scrollWidth <= PhoneWidth,
            $"The lesson scrolls sideways on a {PhoneWidth} px phone: it is {scrollWidth} px wide. " +
            $"Sticking out: {string.Join(", ", overflowing)}");
    }

    /// <summary>Fits its width on a phone and a laptop; the pictures are attached for a person to look at.</summary>
    [Theory]
    [InlineData(PhoneWidth, 740)]
    [InlineData(1280, 800)]
    public async Task Lesson_page_fits_its_width_and_is_saved_for_review(int width, int height)
    {
        var options = width == PhoneWidth ? Phone() : new BrowserNewContextOptions();
        options.ViewportSize = new ViewportSize { Width = width, Height = height };
        await using var context = await browser.NewContextAsync(options);
        var lesson = await LessonPage.OpenAsync(await context.NewPageAsync(), SwedishLesson);
        await Expect(lesson.Article).ToBeVisibleAsync();
        var path = Path.Combine(Path.GetTempPath(), "anknytning-screenshots", $"lektion-{SwedishLesson}-{width}.png");

        var picture = await lesson.Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });

        var (scrollWidth, overflowing) = await lesson.MeasureWidthAsync();
        Assert.True(scrollWidth <= width, $"{scrollWidth} px wide at {width} px: {string.Join(", ", overflowing)}");
        TestContext.Current.AddAttachment(Path.GetFileName(path), picture, "image/png");
        TestContext.Current.TestOutputHelper?.WriteLine($"Saved {path}");
    }

    private const int PhoneWidth = 360;

    private static BrowserNewContextOptions Phone() => new()
    {
        ViewportSize = new ViewportSize { Width = PhoneWidth, Height = 740 },
        DeviceScaleFactor = 2,
        IsMobile = true,
        HasTouch = true,
    };
}
