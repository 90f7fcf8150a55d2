using System.Text.RegularExpressions;
using Anknytning.BrowserTests.Infrastructure;
using Anknytning.BrowserTests.Pages;
using Anknytning.Web.Features.ReadingLists;

namespace Anknytning.BrowserTests.Features.ReadingLists;

[Collection(SharedBrowser.Name)]
public sealed class ReadingListTests(BrowserFixture browser)
{
    private const string Password = "en lång och trygg mening";

    [Fact]
    public async Task Parent_types_the_code_lands_on_the_list_and_its_handout_prints_on_one_page()
    {
        // A health visitor signs up, is given the role with the command, and makes a list of three sections.
        await using var visitorContext = await browser.NewContextAsync();
        var visitorPage = await visitorContext.NewPageAsync();
        var register = await RegisterPage.OpenAsync(visitorPage, "/konto");
        await register.RegisterAsync("bvc-webblasare@example.se", Password);
        await Expect(visitorPage).ToHaveURLAsync(new Regex("/konto$"));
        using (var output = new StringWriter())
        using (var errors = new StringWriter())
        {
            Assert.Equal(0, await HealthVisitorCommand.RunAsync(browser.Services, ["health-visitor", "grant", "bvc-webblasare@example.se"], output, errors));
        }

        var editor = await ReadingListEditorPage.OpenNewAsync(visitorPage);
        await editor.Title.FillAsync("Inför de första veckorna");
        await editor.Section("barnets-behov-av-narhet", "behov-av-narhet").CheckAsync();
        await editor.Section("barnets-behov-av-narhet", "anknytningsmonster").CheckAsync();
        await editor.Section("etablering", "etablering-af-tilknytning").CheckAsync();
        var code = await editor.SaveAsync();

        // A parent, without an account or JavaScript, types it in lower case on the home page.
        await using var parentContext = await browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var list = await ReadingListPage.TypeCodeOnHomePageAsync(await parentContext.NewPageAsync(), code.ToLowerInvariant());
        await Expect(list.Page).ToHaveURLAsync(new Regex($"/l/{code}$"));
        await Expect(list.Heading).ToHaveTextAsync("Inför de första veckorna");
        await Expect(list.Code).ToHaveTextAsync(code);
        await Expect(list.StepTitles).ToHaveCountAsync(3);

        // Its handout, printed through Chromium, is one A4 page that carries the list's address.
        await list.HandoutLink.ClickAsync();
        var pdf = await new HandoutPage(list.Page).PrintAsync("A4");
        Assert.True(pdf.Pages == 1, $"The list's handout printed on {pdf.Pages} pages.");
        await Expect(list.Page.Locator(".site-header")).ToBeHiddenAsync();
        await Expect(list.Page.Locator(".list-handout .list-code-value")).ToHaveTextAsync(code);
        var path = Path.Combine(Path.GetTempPath(), "anknytning-screenshots", "list-handout-print.png");
        await list.Page.ScreenshotAsync(new() { Path = path, FullPage = true });
    }
}
