using System.Net;
using AngleSharp.Dom;

namespace Anknytning.Web.Tests.Features.Progress;

/// <summary>The mark-as-read forms as a signed-in reader gets them on a real lesson page.</summary>
public sealed class MarkFormTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string LessonId = "barnets-behov-av-narhet";
    private const string SectionId = "fyra-faser";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<HttpClient> ReaderAsync(string language = "sv") =>
        factory.SignedInClientAsync($"formular-{Guid.NewGuid():N}@example.se", language);

    private static async Task<IElement> SectionFormAsync(HttpClient client) =>
        (await client.GetDocumentAsync($"/lektion/{LessonId}", Ct)).SectionForm(SectionId);

    [Fact]
    public async Task Unread_section_gets_a_plain_form_that_marks_it_as_read()
    {
        var form = await SectionFormAsync(await ReaderAsync());

        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("/min-lasning/markera?handler=Section", form.GetAttribute("action"));
        Assert.Equal("sv", form.GetAttribute("lang"));
        Assert.NotEmpty(form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "");
        Assert.Equal(LessonId, form.QuerySelector("input[name=lessonId]")?.GetAttribute("value"));
        var button = form.QuerySelector("button[type=submit]");
        Assert.Equal("Markera som läst: Anknytningens fyra faser", button?.TextContent);
        Assert.Equal("sv", button?.QuerySelector(".visually-hidden [lang]")?.GetAttribute("lang"));
        Assert.Null(form.QuerySelector(".mark-read-status"));
    }

    [Fact]
    public async Task Read_section_says_so_and_offers_to_undo()
    {
        var client = await ReaderAsync();
        using var marked = await client.SubmitAsync(await SectionFormAsync(client));
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);

        var form = await SectionFormAsync(client);

        Assert.Contains("is-read", form.ClassList);
        Assert.Equal("/min-lasning/markera?handler=UnmarkSection", form.GetAttribute("action"));
        Assert.Equal("✓ Läst", form.QuerySelector(".mark-read-status")?.TextContent);
        Assert.Equal("true", form.QuerySelector(".read-mark")?.GetAttribute("aria-hidden"));
        Assert.Equal("Ångra, markera som oläst: Anknytningens fyra faser", form.QuerySelector("button")?.TextContent);
    }

    [Fact]
    public async Task The_forms_speak_danish_in_the_danish_interface()
    {
        var client = await ReaderAsync("da");
        var unread = await SectionFormAsync(client);
        using var marked = await client.SubmitAsync(unread);

        Assert.StartsWith("Marker som læst", unread.QuerySelector("button")?.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Fortryd", (await SectionFormAsync(client)).QuerySelector("button")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lesson_form_marks_the_rest_of_the_lesson_and_then_can_unmark_it()
    {
        var client = await ReaderAsync();
        using var one = await client.SubmitAsync(await SectionFormAsync(client));

        var page = await client.GetDocumentAsync($"/lektion/{LessonId}", Ct);
        var end = page.QuerySelector(".lesson-reading")!;
        Assert.Equal("lasning", end.Id);
        Assert.Equal("1 av 6 avsnitt läst", end.QuerySelector(".reading-bar-text")?.TextContent);
        var form = end.QuerySelector("form.mark-lesson")!;
        Assert.Equal("/min-lasning/markera?handler=Lesson", form.GetAttribute("action"));
        Assert.Equal("Markera hela lektionen som läst", form.QuerySelector("button")?.TextContent);

        using var all = await client.SubmitAsync(form);
        var done = (await client.GetDocumentAsync($"/lektion/{LessonId}", Ct)).QuerySelector("form.mark-lesson")!;

        Assert.Equal("/min-lasning/markera?handler=UnmarkLesson", done.GetAttribute("action"));
        Assert.Equal("✓ Du har läst hela lektionen.", done.QuerySelector(".mark-read-status")?.TextContent);
        Assert.Equal("Markera hela lektionen som oläst", done.QuerySelector("button")?.TextContent);
    }
}
