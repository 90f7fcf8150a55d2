using System.Net;

namespace Anknytning.Web.Tests.Features.Journal;

/// <summary>The reflection prompts at the end of a section, as the real lesson page renders them.</summary>
public sealed class ReflectionFormTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string LessonId = "barnets-behov-av-narhet";
    private const string PromptedSection = "under-graviditeten";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<HttpClient> ReaderAsync(string language) =>
        factory.SignedInClientAsync($"eftertanke-{Guid.NewGuid():N}@example.se", language);

    [Fact]
    public async Task Section_without_prompts_has_no_reflections()
    {
        var page = await (await ReaderAsync("sv")).GetDocumentAsync($"/lektion/{LessonId}", Ct);

        Assert.Null(page.QuerySelector("section[aria-labelledby='fyra-faser-rubrik'] aside.reflections"));
    }

    [Fact]
    public async Task Signed_in_reader_gets_a_form_per_prompt_with_its_own_token_and_submission_id()
    {
        var page = await (await ReaderAsync("da")).GetDocumentAsync($"/lektion/{LessonId}", Ct);

        var aside = page.QuerySelector($"section[aria-labelledby='{PromptedSection}-rubrik'] aside.reflections")!;
        Assert.Equal("da", aside.GetAttribute("lang"));
        Assert.Equal("Til eftertanke", aside.QuerySelector(".reflections-title")?.TextContent);
        var forms = page.QuerySelectorAll("form.reflection-form");
        Assert.True(forms.Length >= 2);
        Assert.All(forms, f => Assert.Equal("/dagbok/skriv", f.GetAttribute("action")));
        Assert.All(forms, f => Assert.NotEmpty(f.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? ""));
        Assert.Equal(forms.Length, forms.Select(f => f.QuerySelector("input[name='Input.SubmissionId']")?.GetAttribute("value")).Distinct().Count());
        var form = aside.QuerySelector("form.reflection-form")!;
        var label = form.QuerySelector("label.reflection-prompt")!;
        Assert.Equal("sv", label.GetAttribute("lang"));
        Assert.Equal(label.GetAttribute("for"), form.QuerySelector("textarea[name='Input.Text']")?.Id);
        Assert.Empty(aside.QuerySelectorAll(".reflection-written, .reflection-invitation"));
    }

    [Fact]
    public async Task Reader_who_wrote_about_the_section_gets_a_link_to_the_entry()
    {
        var client = await ReaderAsync("sv");
        var page = await client.GetDocumentAsync($"/lektion/{LessonId}", Ct);
        var form = page.QuerySelector($"section[aria-labelledby='{PromptedSection}-rubrik'] form.reflection-form")!;
        using var saved = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Text"] = "Jag pratar med magen." });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var again = await client.GetDocumentAsync($"/lektion/{LessonId}", Ct);
        var written = again.QuerySelector($"section[aria-labelledby='{PromptedSection}-rubrik'] .reflection-written")!;

        Assert.Contains("Du har skrivit om det här", written.TextContent, StringComparison.Ordinal);
        Assert.Matches(@"^/dagbok/\d+$", written.QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Anonymous_reader_sees_the_prompts_and_a_sign_in_link_back_to_the_section()
    {
        var page = await factory.CreateBrowsingClient("sv").GetDocumentAsync($"/lektion/{LessonId}", Ct);

        var aside = page.QuerySelector($"section[aria-labelledby='{PromptedSection}-rubrik'] aside.reflections")!;
        Assert.Empty(aside.QuerySelectorAll("form, textarea"));
        Assert.NotEmpty(aside.QuerySelectorAll("p.reflection-prompt"));
        var link = aside.QuerySelector(".reflection-invitation a")!;
        Assert.Equal($"/konto/logga-in?returnUrl=%2Flektion%2F{LessonId}%23{PromptedSection}", link.GetAttribute("href"));
        Assert.Equal("Logga in för att skriva i din dagbok", link.TextContent);
    }
}
