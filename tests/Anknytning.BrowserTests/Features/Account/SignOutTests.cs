using System.Text.RegularExpressions;
using Anknytning.BrowserTests.Infrastructure;
using Anknytning.BrowserTests.Pages;

namespace Anknytning.BrowserTests.Features.Account;

[Collection(SharedBrowser.Name)]
public sealed class SignOutTests(BrowserFixture browser)
{
    [Fact]
    public async Task After_signing_out_Back_does_not_show_the_journal_entry()
    {
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 360, Height = 800 } });
        var page = await context.NewPageAsync();
        var register = await RegisterPage.OpenAsync(page, "/dagbok/skriv");
        await register.RegisterAsync($"utloggad-{Guid.NewGuid():N}@example.se", "en lång och trygg mening");
        await page.ArriveAtAsync(new Regex("/dagbok/skriv$"));
        await new JournalPage(page).WriteAsync("Natten", "Det här ska ingen annan på surfplattan se.");
        await Expect(page).ToHaveURLAsync(new Regex(@"/dagbok/\d+$"));

        await page.Locator("header form.sign-out-form button").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/$"));
        await page.GoBackAsync();

        await Expect(page.Locator("body")).Not.ToContainTextAsync("Det här ska ingen annan");
        await Expect(page).ToHaveURLAsync(new Regex("/konto/logga-in"));
    }
}
