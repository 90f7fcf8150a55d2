using System.Net;
using Anknytning.Web.Features.Journal;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using static Anknytning.Web.Tests.Features.Journal.JournalTesting;

namespace Anknytning.Web.Tests.Features.Journal;

/// <summary>
/// What a journal will take: a text of a sane size, stored composed, at a person's pace, once however often it is sent.
/// What it refuses comes back as typed.
/// </summary>
public sealed class LimitsTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Text_of_stacked_accents_is_refused_by_its_size_and_comes_back_as_typed()
    {
        var (client, userId, _) = await factory.ParentAsync("accenter");
        // One character as a reader counts them, 100 kB as stored.
        var text = "a" + new string('\u0301', 50_000);

        using var response = await client.WriteAsync("Rubrik", text);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadAsync();
        Assert.Equal(
            "Texten innehåller så många specialtecken (till exempel emojier) att den inte kan sparas. Korta den lite och försök igen.",
            page.QuerySelector("#text-error")?.TextContent);
        Assert.Equal(text, page.JournalForm().Fields()["Input.Text"]);
        Assert.Equal("Rubrik", page.JournalForm().Fields()["Input.Title"]);
        Assert.Empty(await factory.Services.EntriesAsync(userId));
    }

    [Fact]
    public async Task Title_of_stacked_accents_is_refused_in_danish_and_the_text_is_kept()
    {
        var (client, userId, _) = await factory.ParentAsync("accenter-da", "da");

        using var response = await client.WriteAsync("e" + new string('\u0308', 1_000), "Min tekst");

        var page = await response.ReadAsync();
        Assert.Equal(
            "Overskriften indeholder så mange specialtegn (for eksempel emojier), at den ikke kan gemmes. Gør den lidt kortere.",
            page.QuerySelector("#title-error")?.TextContent);
        Assert.Equal("Min tekst", page.JournalForm().Fields()["Input.Text"]);
        Assert.Empty(await factory.Services.EntriesAsync(userId));
    }

    [Fact]
    public async Task Ten_thousand_emoji_fit()
    {
        var (client, userId, _) = await factory.ParentAsync("emoji");

        using var response = await client.WriteAsync(null, string.Concat(Enumerable.Repeat("😴", Web.Features.Journal.JournalEntries.MaxTextLength)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Single(await factory.Services.EntriesAsync(userId));
    }

    [Fact]
    public async Task Title_and_text_are_stored_composed()
    {
        var (client, userId, _) = await factory.ParentAsync("nfc");

        // "å" and "ö" typed as a letter followed by a combining mark, as some keyboards and pastes send them.
        await client.WriteEntryAsync("Ma\u030Ar", "Ho\u0308st och sma\u030A");

        var row = Assert.Single(await factory.Services.EntriesAsync(userId));
        using var scope = factory.Services.CreateScope();
        var protector = scope.ServiceProvider.GetRequiredService<JournalProtector>();
        Assert.Equal("Mår", protector.Unprotect(userId, row.TitleCiphertext!));
        Assert.Equal("Höst och små", protector.Unprotect(userId, row.TextCiphertext));
    }

    [Fact]
    public async Task Text_far_over_the_limit_but_within_the_body_limit_comes_back_with_the_message()
    {
        var (client, userId, _) = await factory.ParentAsync("mycket-lang");
        var text = new string('a', 300_000);

        using var response = await client.WriteAsync("Lång", text);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadAsync();
        Assert.Equal("Texten får vara högst 10 000 tecken. Den är nu 300 000.", page.QuerySelector("#text-error")?.TextContent.Replace('\u00a0', ' '));
        Assert.Equal(text, page.JournalForm().Fields()["Input.Text"]);
        Assert.Empty(await factory.Services.EntriesAsync(userId));
    }

    [Theory]
    [InlineData(5_000_000)]
    [InlineData(30_000_000)]
    public async Task A_body_too_large_to_read_gets_the_413_page_not_an_error(int length)
    {
        var (client, userId, _) = await factory.ParentAsync("enorm");

        using var response = await client.WriteAsync(null, new string('a', length));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var page = await response.ReadAsync();
        Assert.Equal("Det du skickade var för stort", page.QuerySelector("h1")?.TextContent);
        Assert.Empty(await factory.Services.EntriesAsync(userId));
    }

    [Fact]
    public async Task Saving_faster_than_a_person_writes_answers_429_with_retry_after_and_keeps_the_text()
    {
        using var app = factory.WithWebHostBuilder(b => b.UseSetting("Journal:WritesPerMinute", "2"));
        var (client, userId, _) = await factory.ParentAsync("snabb", app: app);
        var (other, otherId, _) = await factory.ParentAsync("annan", app: app);
        await client.WriteEntryAsync(null, "Ett");
        var id = await client.WriteEntryAsync(null, "Två");

        using var third = await client.WriteAsync("Tre", "Den tredje texten");

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        var retryAfter = third.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        var page = await third.ReadAsync();
        Assert.Contains(
            "Du har sparat många gånger på kort tid. Vänta en minut och spara sedan igen – din text finns kvar.",
            page.QuerySelector(".validation-summary")?.TextContent,
            StringComparison.Ordinal);
        Assert.Equal(("Den tredje texten", "Tre"), (page.JournalForm().Fields()["Input.Text"], page.JournalForm().Fields()["Input.Title"]));
        Assert.Equal(2, (await app.Services.EntriesAsync(userId)).Count);

        // An edit is a save too; another parent is not slowed down by this one.
        var edit = (await client.GetDocumentAsync($"/dagbok/{id}/andra", Ct)).QuerySelector("form.journal-form")!;
        using var edited = await client.SubmitAsync(edit, new() { ["Input.Text"] = "Ändrad" });
        Assert.Equal(HttpStatusCode.TooManyRequests, edited.StatusCode);
        Assert.Equal("Ändrad", (await edited.ReadAsync()).JournalForm().Fields()["Input.Text"]);
        await other.WriteEntryAsync(null, "Min första");
        Assert.Single(await app.Services.EntriesAsync(otherId));
    }

    [Fact]
    public async Task Same_form_sent_many_times_at_once_logs_no_error()
    {
        var log = new ErrorLog();
        using var app = factory.WithErrorLog(log);
        var (client, userId, _) = await factory.ParentAsync("samtidigt", app: app);
        var form = (await client.GetDocumentAsync("/dagbok/skriv", Ct)).JournalForm();

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => client.SubmitAsync(form, new() { ["Input.Text"] = "En gång" })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Single(responses.Select(r => r.Headers.Location?.OriginalString).Distinct());
        foreach (var response in responses)
        {
            response.Dispose();
        }

        Assert.Single(await app.Services.EntriesAsync(userId));
        Assert.Empty(log.Errors);
    }
}
