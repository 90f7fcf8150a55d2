using System.Net;
using Anknytning.Web.Tests.Features.Progress;
using Anknytning.Web.Tests.Features.Sharing;

namespace Anknytning.Web.Tests.Features.ReadingLists;

/// <summary>A health visitor builds a list through the editor's forms; a parent types its code and reads it through.</summary>
public sealed class ListFlowTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string Closeness = "barnets-behov-av-narhet/behov-av-narhet";
    private const string Patterns = "barnets-behov-av-narhet/anknytningsmonster";
    private const string Establishing = "etablering/etablering-af-tilknytning";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Visitor_builds_a_list_and_a_parent_who_types_its_code_reads_it_in_order()
    {
        var visitor = await factory.VisitorClientAsync("bvc-flode@example.se");
        var edit = await visitor.CreateListAsync("Inför de första veckorna", "Läs gärna i lugn och ro.", Closeness, Patterns, Establishing);
        var code = await visitor.CodeOnEditPageAsync(edit);
        Assert.Matches("^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{7}$", code);

        // The last section moves up one place with its plain "up" button, and the first gets a note.
        var page = await visitor.GetDocumentAsync(edit, Ct);
        var before = page.QuerySelectorAll(".order-item .order-item-title > span:first-child").Select(s => s.TextContent).ToList();
        Assert.Equal(3, before.Count);
        var lastMove = page.QuerySelectorAll("form.order-move")[2];
        (await visitor.SubmitAsync(lastMove, null, lastMove.QuerySelector("button[value='-1']"))).Dispose();
        page = await visitor.GetDocumentAsync(edit, Ct);
        (await visitor.SubmitAsync(page.QuerySelectorAll("form.order-note")[0], new() { ["note"] = "Börja här." })).Dispose();
        var expected = new[] { before[0], before[2], before[1] };

        // A parent with no account types the code on the home page, in lower case and with a space.
        var parent = factory.CreateBrowsingClient("sv");
        var home = await parent.GetDocumentAsync("/", Ct);
        using var typed = await parent.SubmitGetFormAsync(home.QuerySelector("form.code-form")!, new() { ["code"] = $" {code[..3].ToLowerInvariant()} {code[3..]}" });
        Assert.Equal(HttpStatusCode.Redirect, typed.StatusCode);
        Assert.Equal($"/l/{code}", typed.Headers.Location!.OriginalString);

        var list = await parent.GetDocumentAsync($"/l/{code}", Ct);
        Assert.Equal("Inför de första veckorna", list.QuerySelector("h1")!.TextContent);
        Assert.Contains("Läs gärna i lugn och ro.", list.QuerySelector(".list-note")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(code, list.QuerySelector(".list-code-value")!.TextContent);
        // Its QR code, read back from the SVG, is the list's absolute address.
        Assert.Equal($"http://localhost/l/{code}", QrCodeReader.Decode(list.QuerySelector(".list-share svg.qr-code")!));
        var steps = list.QuerySelectorAll(".list-step").ToList();
        Assert.Equal(expected, steps.Select(s => s.QuerySelector(".list-step-title")!.TextContent));
        Assert.Equal("Börja här.", steps[0].QuerySelector(".list-step-note")!.TextContent);
        // Each section links straight to its place in its lesson, and says its language.
        var direct = steps.Select(s => s.QuerySelectorAll(".list-step-links a").Single().GetAttribute("href")).ToList();
        var stored = (await factory.ListInDatabaseAsync(code)).Items;
        Assert.Equal(stored.Select(i => $"/lektion/{i.LessonId}#{i.SectionId}"), direct);
        Assert.Equal(stored.Select(i => i.LessonId == "etablering" ? "da" : "sv"), steps.Select(s => s.QuerySelector(".list-step-title")!.GetAttribute("lang")));
        Assert.Empty(list.QuerySelectorAll("form.list-save-form"));

        // Step by step: each step shows its section and leads on to the next, the last back to the list.
        for (var n = 1; n <= 3; n++)
        {
            var step = await parent.GetDocumentAsync($"/l/{code}/{n}", Ct);
            Assert.Equal(expected[n - 1], step.QuerySelector("h1")!.TextContent);
            Assert.NotEmpty(step.QuerySelector(".lesson-body")!.TextContent.Trim());
            Assert.Equal(n > 1 ? $"/l/{code}/{n - 1}" : null, step.QuerySelector("a[rel=prev]")?.GetAttribute("href"));
            Assert.Equal(n < 3 ? $"/l/{code}/{n + 1}" : $"/l/{code}", step.QuerySelector("a.pager-next")!.GetAttribute("href"));
        }

        using var pastTheEnd = await parent.GetAsync($"/l/{code}/4", Ct);
        Assert.Equal(HttpStatusCode.Redirect, pastTheEnd.StatusCode);

        var handout = await parent.GetDocumentAsync($"/l/{code}/utskrift", Ct);
        Assert.Equal(expected, handout.QuerySelectorAll(".handout-step-title").Select(s => s.TextContent));
        Assert.Equal(code, handout.QuerySelector(".list-code-value")!.TextContent);
        Assert.Equal($"http://localhost/l/{code}", handout.QuerySelector(".list-code-address")!.TextContent);
        Assert.Equal($"http://localhost/l/{code}", QrCodeReader.Decode(handout.QuerySelector("svg.qr-code")!));
    }

    [Fact]
    public async Task Signed_in_parent_saves_a_list_to_my_reading_and_sees_progress_through_it()
    {
        var visitor = await factory.VisitorClientAsync("bvc-spara@example.se");
        var code = await visitor.CodeOnEditPageAsync(await visitor.CreateListAsync("Tre avsnitt", null, Closeness, Patterns, Establishing));
        var parent = await factory.SignedInClientAsync("forälder-spara@example.se");

        var list = await parent.GetDocumentAsync($"/l/{code}", Ct);
        Assert.Equal("0", list.QuerySelector(".list-progress progress")!.GetAttribute("value"));
        using (var saved = await parent.SubmitAsync(list.QuerySelector("form.list-save-form")!))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        // Reading a section of the list on its lesson page counts on the list.
        var lesson = await parent.GetDocumentAsync("/lektion/barnets-behov-av-narhet", Ct);
        (await parent.SubmitAsync(lesson.SectionForm("anknytningsmonster"), Ct)).Dispose();

        list = await parent.GetDocumentAsync($"/l/{code}", Ct);
        Assert.NotNull(list.QuerySelector(".list-saved"));
        Assert.Equal("1", list.QuerySelector(".list-progress progress")!.GetAttribute("value"));
        Assert.Single(list.QuerySelectorAll(".list-step.is-read"));
        Assert.Contains("anknytningsmonster", list.QuerySelector(".list-step.is-read a[href*='#']")!.GetAttribute("href"), StringComparison.Ordinal);

        var mine = await parent.GetDocumentAsync("/min-lasning", Ct);
        var savedList = Assert.Single(mine.QuerySelectorAll(".saved-list"));
        Assert.Equal($"/l/{code}", savedList.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("1", savedList.QuerySelector("progress")!.GetAttribute("value"));
        Assert.Equal("3", savedList.QuerySelector("progress")!.GetAttribute("max"));

        // And it can be taken out again.
        (await parent.SubmitAsync(list.QuerySelector("form.list-save-form")!)).Dispose();
        Assert.Empty((await parent.GetDocumentAsync("/min-lasning", Ct)).QuerySelectorAll(".saved-list"));
    }

    [Fact]
    public async Task A_retired_list_says_so_kindly_and_comes_back_when_restored()
    {
        var visitor = await factory.VisitorClientAsync("bvc-vila@example.se");
        var edit = await visitor.CreateListAsync("Gammal lista", null, Closeness);
        var code = await visitor.CodeOnEditPageAsync(edit);
        var parent = factory.CreateBrowsingClient("da");

        var page = await visitor.GetDocumentAsync(edit, Ct);
        (await visitor.SubmitAsync(page.QuerySelector(".list-retire form")!)).Dispose();

        using var retired = await parent.GetAsync($"/l/{code}", Ct);
        Assert.Equal(HttpStatusCode.OK, retired.StatusCode);
        var shown = await retired.ReadDocumentAsync(Ct);
        Assert.Contains("bruges ikke længere", shown.QuerySelector(".list-retired")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(shown.QuerySelectorAll(".list-step"));
        using var step = await parent.GetAsync($"/l/{code}/1", Ct);
        Assert.Equal(HttpStatusCode.Redirect, step.StatusCode);

        page = await visitor.GetDocumentAsync(edit, Ct);
        (await visitor.SubmitAsync(page.QuerySelector(".list-retire form")!)).Dispose();
        Assert.Single((await parent.GetDocumentAsync($"/l/{code}", Ct)).QuerySelectorAll(".list-step"));
    }

    [Fact]
    public async Task A_parent_can_take_a_retired_list_out_of_my_reading()
    {
        var visitor = await factory.VisitorClientAsync("bvc-glomma@example.se");
        var edit = await visitor.CreateListAsync("Efter vårt samtal", null, Closeness);
        var code = await visitor.CodeOnEditPageAsync(edit);
        var parent = await factory.SignedInClientAsync("foralder-glomma@example.se");
        (await parent.SubmitAsync((await parent.GetDocumentAsync($"/l/{code}", Ct)).QuerySelector("form.list-save-form")!)).Dispose();

        var page = await visitor.GetDocumentAsync(edit, Ct);
        (await visitor.SubmitAsync(page.QuerySelector(".list-retire form")!)).Dispose();
        var mine = await parent.GetDocumentAsync("/min-lasning", Ct);
        Assert.Equal($"/l/{code}", Assert.Single(mine.QuerySelectorAll(".saved-list")).QuerySelector("a")!.GetAttribute("href"));

        // The retired list's page still says so kindly, and offers to take it out.
        var retired = await parent.GetDocumentAsync($"/l/{code}", Ct);
        Assert.Empty(retired.QuerySelectorAll(".list-step"));
        using (var forgotten = await parent.SubmitAsync(retired.QuerySelector(".list-retired form.list-save-form")!))
        {
            Assert.Equal(HttpStatusCode.Redirect, forgotten.StatusCode);
        }

        Assert.Empty((await parent.GetDocumentAsync("/min-lasning", Ct)).QuerySelectorAll(".saved-list"));
        Assert.Null((await parent.GetDocumentAsync($"/l/{code}", Ct)).QuerySelector(".list-retired form"));
    }

    [Fact]
    public async Task Visitor_edits_title_and_sections_and_kept_sections_keep_their_place_and_note()
    {
        var visitor = await factory.VisitorClientAsync("bvc-andra@example.se");
        var edit = await visitor.CreateListAsync("Första titeln", null, Closeness, Patterns);
        var code = await visitor.CodeOnEditPageAsync(edit);
        var page = await visitor.GetDocumentAsync(edit, Ct);
        var secondMove = page.QuerySelectorAll("form.order-move")[1];
        (await visitor.SubmitAsync(secondMove, null, secondMove.QuerySelector("button[value='-1']"))).Dispose();
        page = await visitor.GetDocumentAsync(edit, Ct);
        (await visitor.SubmitAsync(page.QuerySelectorAll("form.order-note")[0], new() { ["note"] = "Viktigast." })).Dispose();

        page = await visitor.GetDocumentAsync(edit, Ct);
        var form = page.QuerySelector(".list-details form")!;
        ReadingListsTesting.Tick(form, [Patterns, Establishing]);
        using (var saved = await visitor.SubmitAsync(form, new() { ["Input.Title"] = "Andra titeln" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var list = await factory.ListInDatabaseAsync(code);
        Assert.Equal("Andra titeln", list.Title);
        Assert.Equal([("anknytningsmonster", "Viktigast."), ("etablering-af-tilknytning", null)], list.Items.Select(i => (i.SectionId, i.Note)));
    }

    [Fact]
    public async Task A_list_needs_a_title_and_a_section()
    {
        var visitor = await factory.VisitorClientAsync("bvc-tom@example.se");
        var page = await visitor.GetDocumentAsync("/laslistor/ny", Ct);
        var (form, _) = page.FormPostingTo("/laslistor/ny");
        ReadingListsTesting.Tick(form, []);
        using var response = await visitor.SubmitAsync(form, new() { ["Input.Title"] = "" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.ReadDocumentAsync(Ct);
        Assert.Equal(2, answer.QuerySelectorAll(".validation-summary li").Length);
        Assert.Empty((await visitor.GetDocumentAsync("/laslistor", Ct)).QuerySelectorAll(".visitor-list"));
    }

    [Theory]
    [InlineData("/l/ABCDEFG")]
    [InlineData("/l/0OIl1")]
    public async Task Unknown_code_answers_404_with_the_code_form(string path)
    {
        using var response = await factory.CreateBrowsingClient("sv").GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotNull((await response.ReadDocumentAsync(Ct)).QuerySelector("form.code-form"));
    }

    [Fact]
    public async Task Typed_text_that_cannot_be_a_code_comes_back_with_a_hint()
    {
        var client = factory.CreateBrowsingClient("sv");
        var find = await client.GetDocumentAsync("/l", Ct);
        using var response = await client.SubmitGetFormAsync(find.QuerySelector("form.code-form")!, new() { ["code"] = "hej" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await response.ReadDocumentAsync(Ct)).QuerySelector(".form-error"));
    }
}
