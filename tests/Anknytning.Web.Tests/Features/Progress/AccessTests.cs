using System.Net;
using Anknytning.Web.Features.Progress;

namespace Anknytning.Web.Tests.Features.Progress;

/// <summary>Who may do what: anonymous readers are sent to sign in, forms need their token, and pages cost what they should.</summary>
public sealed class AccessTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string LessonId = "barnets-behov-av-narhet";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static KeyValuePair<string, string>[] SectionFields => [new("lessonId", LessonId), new("sectionId", "fyra-faser")];

    [Theory]
    [InlineData("/min-lasning")]
    [InlineData("/min-lasning/nollstall")]
    [InlineData("/min-lasning/markera")]
    public async Task Anonymous_reader_is_sent_to_sign_in_from_every_progress_page(string path)
    {
        using var response = await factory.CreateBrowsingClient().GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/konto/logga-in", response.Headers.Location?.PathAndQueryOrOriginal(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/min-lasning/markera?handler=Section")]
    [InlineData("/min-lasning/markera?handler=UnmarkSection")]
    [InlineData("/min-lasning/markera?handler=Lesson")]
    [InlineData("/min-lasning/markera?handler=UnmarkLesson")]
    [InlineData("/min-lasning/nollstall")]
    public async Task Anonymous_post_is_sent_to_sign_in_and_changes_nothing(string path)
    {
        var someone = await factory.CreateAccountAsync($"anonym-{Guid.NewGuid():N}@example.se");
        await factory.Services.InsertRowAsync(new SectionRead { UserId = someone, LessonId = LessonId, SectionId = "behov-av-narhet", ReadAt = DateTimeOffset.UtcNow });

        using var response = await factory.CreateBrowsingClient().PostFieldsAsync(path, SectionFields, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/konto/logga-in", response.Headers.Location?.PathAndQueryOrOriginal(), StringComparison.Ordinal);
        Assert.Single(await factory.Services.RowsAsync(someone));
    }

    [Theory]
    [InlineData("/min-lasning/markera?handler=Section")]
    [InlineData("/min-lasning/markera?handler=UnmarkSection")]
    [InlineData("/min-lasning/markera?handler=Lesson")]
    [InlineData("/min-lasning/markera?handler=UnmarkLesson")]
    [InlineData("/min-lasning/nollstall")]
    public async Task Post_without_antiforgery_token_is_refused(string path)
    {
        var email = $"token-{Guid.NewGuid():N}@example.se";
        var userId = await factory.CreateAccountAsync(email);
        var client = factory.CreateBrowsingClient("sv");
        await client.SignInAsync(email, Accounts.Password);
        await factory.Services.InsertRowAsync(new SectionRead { UserId = userId, LessonId = LessonId, SectionId = "behov-av-narhet", ReadAt = DateTimeOffset.UtcNow });

        using var response = await client.PostFieldsAsync(path, SectionFields, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("behov-av-narhet", Assert.Single(await factory.Services.RowsAsync(userId)).SectionId);
    }

    [Theory]
    [InlineData("Section", "finns-inte", "fyra-faser")]
    [InlineData("Section", LessonId, "finns-inte")]
    [InlineData("Section", LessonId, "")]
    [InlineData("UnmarkSection", "finns-inte", "fyra-faser")]
    [InlineData("UnmarkSection", LessonId, "finns-inte")]
    [InlineData("Lesson", "finns-inte", "")]
    [InlineData("UnmarkLesson", "finns-inte", "")]
    public async Task Unknown_lesson_or_section_is_not_found_and_writes_nothing(string handler, string lessonId, string sectionId)
    {
        var email = $"okand-{Guid.NewGuid():N}@example.se";
        var userId = await factory.CreateAccountAsync(email);
        var client = factory.CreateBrowsingClient("sv");
        await client.SignInAsync(email, Accounts.Password);
        var form = (await client.GetDocumentAsync($"/lektion/{LessonId}", Ct)).SectionForm("fyra-faser");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var response = await client.PostFieldsAsync(
            $"/min-lasning/markera?handler={handler}",
            [new("__RequestVerificationToken", token), new("lessonId", lessonId), new("sectionId", sectionId)],
            Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await factory.Services.RowsAsync(userId));
    }

    [Fact]
    public async Task Anonymous_reader_is_invited_to_sign_in_and_comes_back_to_the_lesson()
    {
        var email = $"inbjuden-{Guid.NewGuid():N}@example.se";
        await factory.CreateAccountAsync(email);
        var client = factory.CreateBrowsingClient("sv");

        var lesson = await client.GetDocumentAsync($"/lektion/{LessonId}", Ct);

        Assert.Empty(lesson.QuerySelectorAll("form.mark-read, form.mark-lesson, .lesson-progress"));
        var invitation = lesson.QuerySelector(".reading-invitation a");
        Assert.Equal("Logga in för att spara hur långt du har läst", invitation?.TextContent);
        Assert.Equal($"/konto/logga-in?returnUrl=%2Flektion%2F{LessonId}", invitation?.GetAttribute("href"));

        using var signIn = await client.PostFormAsync(
            invitation!.GetAttribute("href")!, new() { ["Input.Email"] = email, ["Input.Password"] = Accounts.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal($"/lektion/{LessonId}", signIn.Headers.Location?.OriginalString);
        Assert.Equal(6, (await client.GetDocumentAsync($"/lektion/{LessonId}", Ct)).QuerySelectorAll("form.mark-read").Length);
    }

    [Fact]
    public async Task Anonymous_readers_pages_never_touch_the_database()
    {
        var counter = new CommandCounter();
        await using var app = factory.WithClockAndCounter(TimeProvider.System, counter);
        var client = app.CreateBrowsingClient("sv");
        await client.GetDocumentAsync("/", Ct);
        counter.Clear();

        foreach (var path in new[] { "/", $"/lektion/{LessonId}", "/lektion/heling", "/tema/faser", "/original/tilknytning" })
        {
            await client.GetDocumentAsync(path, Ct);
        }

        Assert.Empty(counter.Commands);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/lektion/" + LessonId)]
    [InlineData("/tema/faser")]
    [InlineData("/min-lasning")]
    public async Task Signed_in_readers_page_costs_a_few_small_queries_of_their_own_rows(string path)
    {
        var counter = new CommandCounter();
        await using var app = factory.WithClockAndCounter(TimeProvider.System, counter);
        var email = $"fraga-{Guid.NewGuid():N}@example.se";
        await factory.CreateAccountAsync(email);
        var client = app.CreateBrowsingClient("sv");
        await client.SignInAsync(email, Accounts.Password);
        counter.Clear();

        await client.GetDocumentAsync(path, Ct);

        // The sign-in session's check, reading progress, plus the journal (lesson pages with prompts) or the
        // parent's dates (home).
        Assert.InRange(counter.Commands.Count, 2, 3);
        Assert.Contains(counter.Commands, q => q.Contains("\"SignInSessions\"", StringComparison.Ordinal));
        Assert.Contains(counter.Commands, q => q.Contains("\"SectionsRead\"", StringComparison.Ordinal));
        Assert.All(counter.Commands, q => Assert.Matches("\"(UserId|Id)\" = @", q));
    }
}

internal static class LocationExtensions
{
    /// <summary>The path and query of a Location header, whether the server sent it absolute or relative.</summary>
    public static string PathAndQueryOrOriginal(this Uri location) =>
        location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
}
