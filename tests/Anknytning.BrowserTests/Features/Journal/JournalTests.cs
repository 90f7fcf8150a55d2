using System.Text.RegularExpressions;
using Anknytning.BrowserTests.Infrastructure;
using Anknytning.BrowserTests.Pages;

namespace Anknytning.BrowserTests.Features.Journal;

[Collection(SharedBrowser.Name)]
public sealed class JournalTests(BrowserFixture browser)
{
    [Fact]
    public async Task New_parent_writes_a_reflection_and_finds_it_in_the_journal()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var register = await RegisterPage.OpenAsync(page, "/dagbok/skriv");
        await register.RegisterAsync($"skribent-{Guid.NewGuid():N}@example.se", "en lång och trygg mening");
        await page.ArriveAtAsync(new Regex("/dagbok/skriv$"));
        var journal = new JournalPage(page);

        await journal.WriteAsync("Första kvällen hemma", "Vi satt i soffan och *bara andades*.\n\nDet räckte.");

        await Expect(page).ToHaveURLAsync(new Regex(@"/dagbok/\d+$"));
        await Expect(journal.EntryText.Locator("em")).ToHaveTextAsync("bara andades");
        journal = await JournalPage.OpenAsync(page);
        await Expect(journal.Entry("Första kvällen hemma")).ToBeVisibleAsync();

        await Expect(journal.Search).ToBeHiddenAsync();
        await journal.FilterToggle.ClickAsync();
        await journal.Search.FillAsync("SOFFAN");
        await journal.Filter.ClickAsync();

        // The words are sealed in the address, never readable there; a reload shows the same results.
        await Expect(page).ToHaveURLAsync(new Regex(@"/dagbok\?sok=[^&]+$"));
        Assert.DoesNotContain("soffan", page.Url, StringComparison.OrdinalIgnoreCase);
        await Expect(journal.Entries).ToHaveCountAsync(1);
        await page.ReloadAsync();
        await Expect(journal.Entries).ToHaveCountAsync(1);
        await Expect(journal.Entry("Första kvällen hemma")).ToBeVisibleAsync();
        await Expect(journal.Search).ToHaveValueAsync("SOFFAN");
    }
}
