using System.Net;
using Anknytning.Web.Tests.Features.Progress;

namespace Anknytning.Web.Tests.Features.ReadingLists;

/// <summary>A visitor's lists are theirs to change alone, and a visitor sees nothing of any parent.</summary>
public sealed class IsolationTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string Closeness = "barnets-behov-av-narhet/behov-av-narhet";
    private const string Patterns = "barnets-behov-av-narhet/anknytningsmonster";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Visitor_can_neither_see_nor_change_another_visitors_list()
    {
        var first = await factory.VisitorClientAsync("bvc-forsta@example.se");
        var edit = await first.CreateListAsync("Den förstas lista", "Hälsning", Closeness, Patterns);
        var code = await first.CodeOnEditPageAsync(edit);
        var before = await factory.ListInDatabaseAsync(code);

        var second = await factory.VisitorClientAsync("bvc-andra-iso@example.se");
        await second.CreateListAsync("Den andras lista", null, Closeness);
        using (var read = await second.GetAsync(edit, Ct))
        {
            Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        }

        var mine = await second.GetDocumentAsync("/laslistor", Ct);
        Assert.Equal(["Den andras lista"], mine.QuerySelectorAll(".visitor-list > a").Select(a => a.TextContent));

        // Every change on the first visitor's list, with the second visitor's own valid token.
        var token = (await second.GetDocumentAsync("/laslistor/ny", Ct)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var item = before.Items[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (handler, fields) in new (string, KeyValuePair<string, string>[])[]
        {
            ("", [new("Input.Title", "Kapad"), new("Input.Sections", Patterns)]),
            ("?handler=Move", [new("itemId", item), new("direction", "1")]),
            ("?handler=Note", [new("itemId", item), new("note", "Kapad")]),
            ("?handler=Retire", []),
        })
        {
            using var response = await second.PostFieldsAsync(edit + handler, [new("__RequestVerificationToken", token), .. fields], Ct);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        var after = await factory.ListInDatabaseAsync(code);
        Assert.Equal((before.Title, before.Note, before.RetiredAt), (after.Title, after.Note, after.RetiredAt));
        Assert.Equal(before.Items.Select(i => (i.Id, i.Position, i.SectionId, i.Note)), after.Items.Select(i => (i.Id, i.Position, i.SectionId, i.Note)));
    }

    [Fact]
    public async Task Visitor_sees_nothing_of_the_parents_who_use_the_list()
    {
        var visitor = await factory.VisitorClientAsync("bvc-diskret@example.se");
        var edit = await visitor.CreateListAsync("Diskret lista", null, Closeness, Patterns);
        var code = await visitor.CodeOnEditPageAsync(edit);

        // A parent saves the list, reads a section of it and writes in the journal.
        var parent = await factory.SignedInClientAsync("hemlig-foralder@example.se");
        var list = await parent.GetDocumentAsync($"/l/{code}", Ct);
        (await parent.SubmitAsync(list.QuerySelector("form.list-save-form")!)).Dispose();
        var lesson = await parent.GetDocumentAsync("/lektion/barnets-behov-av-narhet", Ct);
        (await parent.SubmitAsync(lesson.SectionForm("behov-av-narhet"), Ct)).Dispose();
        Assert.Equal("1", (await parent.GetDocumentAsync($"/l/{code}", Ct)).QuerySelector(".list-progress progress")!.GetAttribute("value"));

        // The visitor's pages say nothing of it: no address, no count of saves, no progress but the visitor's own.
        foreach (var path in new[] { "/laslistor", edit, $"/l/{code}", $"/l/{code}/1", $"/l/{code}/utskrift", "/min-lasning" })
        {
            using var response = await visitor.GetAsync(path, Ct);
            var html = await response.Content.ReadAsStringAsync(Ct);
            Assert.DoesNotContain("hemlig-foralder", html, StringComparison.OrdinalIgnoreCase);
        }

        var seen = await visitor.GetDocumentAsync($"/l/{code}", Ct);
        Assert.Equal("0", seen.QuerySelector(".list-progress progress")!.GetAttribute("value"));
        Assert.Empty(seen.QuerySelectorAll(".list-step.is-read"));
        Assert.Empty((await visitor.GetDocumentAsync("/min-lasning", Ct)).QuerySelectorAll(".saved-list"));
        var editor = await visitor.GetDocumentAsync(edit, Ct);
        Assert.Empty(editor.QuerySelectorAll("progress, .saved-list, .reading-bar"));
    }
}
