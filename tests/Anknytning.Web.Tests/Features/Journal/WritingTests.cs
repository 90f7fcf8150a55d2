using System.Globalization;
using System.Net;
using Anknytning.Web.Features.Journal;
using static Anknytning.Web.Tests.Features.Journal.JournalTesting;

namespace Anknytning.Web.Tests.Features.Journal;

/// <summary>Writing, reading, changing and deleting reflections, as a parent does it in the browser.</summary>
public abstract class WritingTests(AppFactory factory)
{
    [Fact]
    public async Task Parent_writes_a_reflection_and_finds_it_in_the_journal()
    {
        var (client, userId, _) = await factory.ParentAsync("skriver");

        var id = await client.WriteEntryAsync("Första natten", "Jag låg vaken och lyssnade på hennes andetag.\n\nDet var *så* stilla.");

        var entry = await client.GetDocumentAsync($"/dagbok/{id}", Ct);
        Assert.Equal("Första natten", entry.QuerySelector("h1")?.TextContent);
        Assert.Equal("så", entry.QuerySelector(".journal-text em")?.TextContent);
        Assert.Equal(2, entry.QuerySelectorAll(".journal-text p").Length);
        var journal = await client.GetDocumentAsync("/dagbok", Ct);
        var card = Assert.Single(journal.QuerySelectorAll(".journal-entry"));
        Assert.Equal("Första natten", card.QuerySelector(".journal-entry-title a")?.TextContent);
        Assert.Equal($"/dagbok/{id}", card.QuerySelector(".journal-entry-title a")?.GetAttribute("href"));
        Assert.Contains("lyssnade på hennes andetag", card.QuerySelector(".journal-entry-excerpt")?.TextContent, StringComparison.Ordinal);
        var row = Assert.Single(await factory.Services.EntriesAsync(userId));
        Assert.Null(row.EditedAt);
        Assert.Null(row.LessonId);
    }

    [Fact]
    public async Task Reflection_without_a_title_is_listed_by_its_first_words()
    {
        var (client, _, _) = await factory.ParentAsync("utan-rubrik");

        await client.WriteEntryAsync(null, "Idag skrattade han för första gången, och jag grät lite av lycka efteråt i köket.");

        var journal = await client.GetDocumentAsync("/dagbok", Ct);
        Assert.Equal("Idag skrattade han för första gången, och jag …", journal.QuerySelector(".journal-entry-title a")?.TextContent);
    }

    [Fact]
    public async Task Write_page_asks_for_nothing_but_the_text_and_says_the_limit()
    {
        var (client, _, _) = await factory.ParentAsync("formular");

        var page = await client.GetDocumentAsync("/dagbok/skriv", Ct);

        var form = page.JournalForm();
        Assert.Equal("/dagbok/skriv", form.GetAttribute("action"));
        Assert.Matches("^[0-9a-f]{32}$", form.Fields()["Input.SubmissionId"]);
        Assert.Contains("10", page.QuerySelector("#text-hint")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("000 tecken", page.QuerySelector("#text-hint")?.TextContent?.Replace('\u00a0', ' '), StringComparison.Ordinal);
        Assert.Null(form.QuerySelector("textarea")?.GetAttribute("maxlength"));
        Assert.Empty(page.QuerySelectorAll("[style], script"));
    }

    [Fact]
    public async Task Answer_to_a_prompt_goes_back_to_the_section_and_is_linked_from_the_journal()
    {
        using var app = factory.WithPrompt();
        var (client, userId, _) = await factory.ParentAsync("svarar", app: app);

        var page = await client.GetDocumentAsync($"/dagbok/skriv?lektion={LessonId}&avsnitt={SectionId}&fraga={PromptId}", Ct);
        Assert.Equal(PromptText, page.QuerySelector(".journal-prompt")?.TextContent);
        using var response = await client.SubmitAsync(page.JournalForm(), new() { ["Input.Text"] = "Hon söker mig med blicken nu." });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/lektion/{LessonId}#reflektion-{SectionId}-{PromptId}-svar", response.Headers.Location?.OriginalString);
        var row = Assert.Single(await app.Services.EntriesAsync(userId));
        Assert.Equal((LessonId, SectionId, PromptId), (row.LessonId, row.SectionId, row.PromptId));
        var card = (await client.GetDocumentAsync("/dagbok", Ct)).QuerySelector(".journal-entry")!;
        Assert.Equal($"/lektion/{LessonId}#{SectionId}", card.QuerySelector(".journal-entry-context a")?.GetAttribute("href"));
        var entry = await client.GetDocumentAsync($"/dagbok/{row.Id}", Ct);
        Assert.Equal(PromptText, entry.QuerySelector(".journal-prompt")?.TextContent);
    }

    [Fact]
    public async Task Answer_form_posted_from_a_lesson_page_saves_with_its_context()
    {
        using var app = factory.WithPrompt();
        var (client, userId, _) = await factory.ParentAsync("lektionsformular", app: app);
        // The lesson page's form carries only these fields and the token; any page's token of this parent will do.
        var token = (await client.GetDocumentAsync("/dagbok/skriv", Ct)).JournalForm().Fields()["__RequestVerificationToken"];

        using var response = await client.PostAsync("/dagbok/skriv", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.LessonId"] = LessonId,
            ["Input.SectionId"] = SectionId,
            ["Input.PromptId"] = PromptId,
            ["Input.SubmissionId"] = Guid.NewGuid().ToString("N"),
            ["Input.Text"] = "Kort svar.",
        });

        Assert.Equal($"/lektion/{LessonId}#reflektion-{SectionId}-{PromptId}-svar", response.Headers.Location?.OriginalString);
        Assert.Single(await app.Services.EntriesAsync(userId));
    }

    [Theory]
    [InlineData("?lektion=finns-inte")]
    [InlineData($"?lektion={LessonId}&avsnitt=finns-inte")]
    [InlineData($"?lektion={LessonId}&avsnitt={SectionId}&fraga=finns-inte")]
    public async Task Write_page_for_an_unknown_lesson_section_or_prompt_is_not_found(string query)
    {
        var (client, _, _) = await factory.ParentAsync("okand");

        using var response = await client.GetAsync("/dagbok/skriv" + query, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Answer_to_a_prompt_that_is_gone_keeps_the_text_and_saves_without_it_next_time()
    {
        var (client, userId, _) = await factory.ParentAsync("borta");
        var form = (await client.GetDocumentAsync("/dagbok/skriv", Ct)).JournalForm();

        using var response = await client.SubmitAsync(form, new()
        {
            ["Input.LessonId"] = LessonId,
            ["Input.SectionId"] = SectionId,
            ["Input.PromptId"] = "borttagen",
            ["Input.Text"] = "Mina ord",
        });

        var page = await response.ReadAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("finns inte längre", page.QuerySelector(".validation-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Mina ord", page.QuerySelector("textarea")?.TextContent);
        Assert.Empty(await factory.Services.EntriesAsync(userId));
        using var again = await client.SubmitAsync(page.JournalForm());
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Null(Assert.Single(await factory.Services.EntriesAsync(userId)).LessonId);
    }

    [Fact]
    public async Task Parent_edits_a_reflection_and_it_keeps_its_day()
    {
        var (client, userId, _) = await factory.ParentAsync("andrar");
        var id = await client.WriteEntryAsync("Före", "Gammal text");
        var before = Assert.Single(await factory.Services.EntriesAsync(userId));

        var form = (await client.GetDocumentAsync($"/dagbok/{id}/andra", Ct)).JournalForm();
        Assert.Equal(("Före", "Gammal text"), (form.Fields()["Input.Title"], form.Fields()["Input.Text"]));
        using var response = await client.SubmitAsync(form, new() { ["Input.Title"] = "", ["Input.Text"] = "Ny text" });

        Assert.Equal($"/dagbok/{id}", response.Headers.Location?.OriginalString);
        var after = Assert.Single(await factory.Services.EntriesAsync(userId));
        Assert.Equal(before.WrittenAt, after.WrittenAt);
        Assert.NotNull(after.EditedAt);
        Assert.Null(after.TitleCiphertext);
        var entry = await client.GetDocumentAsync($"/dagbok/{id}", Ct);
        Assert.Equal("Ny text", entry.QuerySelector(".journal-text")?.TextContent.Trim());
        Assert.NotNull(entry.QuerySelector(".journal-edited"));
    }

    [Fact]
    public async Task Parent_deletes_a_reflection_only_after_confirming()
    {
        var (client, userId, _) = await factory.ParentAsync("tarbort");
        var id = await client.WriteEntryAsync("Att glömma", "Text");

        var confirm = await client.GetDocumentAsync($"/dagbok/{id}/ta-bort", Ct);
        Assert.Single(await factory.Services.EntriesAsync(userId));
        var form = confirm.QuerySelector($"form[action='/dagbok/{id}/ta-bort']")!;
        using var response = await client.SubmitAsync(form);

        Assert.Equal("/dagbok", response.Headers.Location?.OriginalString);
        Assert.Empty(await factory.Services.EntriesAsync(userId));
        using var gone = await client.GetAsync($"/dagbok/{id}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Search_finds_every_word_in_title_or_text_whatever_the_case()
    {
        var (client, _, _) = await factory.ParentAsync("soker");
        await client.WriteEntryAsync("Sömnlösa nätter", "Jag var RÄDD att inte räcka till.");
        await client.WriteEntryAsync("Mormor", "Hon sjöng för mig när jag var liten.");
        await client.WriteEntryAsync(null, "Amningen gick bättre idag.");

        Assert.Equal(["Sömnlösa nätter"], await SearchTitlesAsync(client, "rädd"));
        Assert.Equal(["Sömnlösa nätter"], await SearchTitlesAsync(client, "SÖMNLÖSA räcka"));
        Assert.Equal(["Mormor"], await SearchTitlesAsync(client, "sjöng"));
        Assert.Empty(await SearchTitlesAsync(client, "sjöng rädd"));
        Assert.Equal(3, (await SearchTitlesAsync(client, " ")).Count);
        var (_, none) = await client.SearchJournalAsync("ingenting");
        Assert.NotNull(none.QuerySelector(".journal-empty"));
        Assert.Equal("ingenting", none.QuerySelector("input[name=ord]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Search_words_never_appear_in_the_journals_address_and_back_shows_the_same_results()
    {
        var (client, _, _) = await factory.ParentAsync("adress");
        await client.WriteEntryAsync("Förlossningsdepression", "Jag grät varje kväll den första månaden.");
        await client.WriteEntryAsync("Promenad", "Solen kom fram.");

        var (address, found) = await client.SearchJournalAsync("grät depression");

        Assert.StartsWith("/dagbok?sok=", address, StringComparison.Ordinal);
        foreach (var word in new[] { "grät", "gr%C3%A4t", "depression" })
        {
            Assert.DoesNotContain(word, address, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(["Förlossningsdepression"], Titles(found));
        Assert.Equal("grät depression", found.QuerySelector("input[name=ord]")?.GetAttribute("value"));
        // Back or reload asks for the same address again, and gets the same results.
        var again = await client.GetDocumentAsync(address, Ct);
        Assert.Equal(["Förlossningsdepression"], Titles(again));
    }

    [Fact]
    public async Task Words_typed_into_the_address_by_hand_search_nothing()
    {
        var (client, _, _) = await factory.ParentAsync("for-hand");
        await client.WriteEntryAsync("Mormor", "Hon sjöng för mig.");
        await client.WriteEntryAsync("Promenad", "Solen kom fram.");

        using var response = await client.GetAsync("/dagbok?sok=sjöng", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadAsync();
        Assert.Equal(2, page.QuerySelectorAll(".journal-entry").Length);
        Assert.Equal("", page.QuerySelector("input[name=ord]")?.GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task Filter_by_theme_or_lesson_shows_the_reflections_on_those_lessons()
    {
        using var app = factory.WithPrompt();
        var (client, _, _) = await factory.ParentAsync("filtrerar", app: app);
        var page = await client.GetDocumentAsync($"/dagbok/skriv?lektion={LessonId}&avsnitt={SectionId}", Ct);
        (await client.SubmitAsync(page.JournalForm(), new() { ["Input.Title"] = "Om faserna", ["Input.Text"] = "Text" })).Dispose();
        await client.WriteEntryAsync("Fritt", "Text");

        Assert.Equal(["Om faserna"], await TitlesAsync(client, "/dagbok?tema=faser"));
        Assert.Equal(["Om faserna"], await TitlesAsync(client, $"/dagbok?lektion={LessonId}"));
        Assert.Empty(await TitlesAsync(client, "/dagbok?tema=lakning"));
        Assert.Empty(await TitlesAsync(client, "/dagbok?tema=finns-inte"));
        Assert.Equal(["Fritt", "Om faserna"], await TitlesAsync(client, "/dagbok?tema=&lektion="));
        var filtered = await client.GetDocumentAsync("/dagbok?tema=faser", Ct);
        Assert.Equal("faser", filtered.QuerySelector("select[name=tema] option[selected]")?.GetAttribute("value"));
        Assert.Equal("post", filtered.QuerySelector("form.journal-filter")?.GetAttribute("method"));
    }

    [Fact]
    public async Task Journal_groups_reflections_by_pregnancy_week_in_the_parents_language()
    {
        var (client, userId, _) = await factory.ParentAsync("gravid", "da");
        var today = Web.Site.ReadingDates.Date(DateTimeOffset.UtcNow);
        await factory.Services.SetDatesAsync(userId, today.AddDays(12 * 7), null);
        await client.WriteEntryAsync("Sparker", "Hun sparker om natten.");

        var journal = await client.GetDocumentAsync("/dagbok", Ct);

        Assert.Equal("uge 28", journal.QuerySelector(".journal-group-heading")?.TextContent);
        Assert.Equal("uge 28", journal.QuerySelector(".journal-entry .timeline-label")?.TextContent);
        Assert.Equal("/dagbok/datum", journal.QuerySelector(".journal-dates-link")?.GetAttribute("href"));
        Assert.Equal("Ret termin eller barnets fødselsdag", journal.QuerySelector(".journal-dates-link")?.TextContent);
    }

    [Fact]
    public async Task Without_dates_reflections_are_grouped_by_month_and_the_dates_page_is_offered()
    {
        var (client, _, _) = await factory.ParentAsync("utan-datum");
        await client.WriteEntryAsync("En dag", "Text");

        var journal = await client.GetDocumentAsync("/dagbok", Ct);

        var month = DateTime.UtcNow.ToString("MMMM yyyy", new CultureInfo("sv"));
        Assert.Equal(month, journal.QuerySelector(".journal-group-heading")?.TextContent, ignoreCase: true);
        Assert.Null(journal.QuerySelector(".journal-entry .timeline-label"));
        Assert.Equal("Ange beräknat förlossningsdatum eller barnets födelsedag", journal.QuerySelector(".journal-dates-link")?.TextContent);
    }

    [Fact]
    public async Task Empty_journal_invites_a_first_reflection()
    {
        var (client, _, _) = await factory.ParentAsync("tom");

        var journal = await client.GetDocumentAsync("/dagbok", Ct);

        Assert.NotNull(journal.QuerySelector(".journal-empty"));
        Assert.Equal("/dagbok/skriv", journal.QuerySelector(".journal-write-link")?.GetAttribute("href"));
    }

    private static async Task<List<string>> SearchTitlesAsync(HttpClient client, string words) =>
        Titles((await client.SearchJournalAsync(words)).Page);

    private static async Task<List<string>> TitlesAsync(HttpClient client, string path) =>
        Titles(await client.GetDocumentAsync(path, Ct));

    /// <summary>The titles of the reflections a journal page lists, in order of their text.</summary>
    private static List<string> Titles(AngleSharp.Dom.IDocument journal) =>
        [.. journal.QuerySelectorAll(".journal-entry-title a").Select(a => a.TextContent).Order(StringComparer.Ordinal)];
}

/// <summary>On SQLite, the default provider.</summary>
public sealed class WritingTestsOnSqlite(AppFactory factory) : WritingTests(factory), IClassFixture<AppFactory>;

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class WritingTestsOnPostgreSql(PostgreSqlAppFactory factory) : WritingTests(factory), IClassFixture<PostgreSqlAppFactory>;
