using System.Net;

namespace Anknytning.Web.Tests.Features.ReadingLists;

/// <summary>The editor is for health visitors; the lists themselves are for anyone with the code.</summary>
public sealed class AccessTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/laslistor")]
    [InlineData("/laslistor/ny")]
    [InlineData("/laslistor/1")]
    public async Task Editor_asks_a_stranger_to_sign_in(string path)
    {
        using var response = await factory.CreateBrowsingClient("sv").GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/konto/logga-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parent_cannot_open_the_editor_nor_post_to_it()
    {
        var visitor = await factory.VisitorClientAsync("bvc-atkomst@example.se");
        var edit = await visitor.CreateListAsync("Lista", null, "barnets-behov-av-narhet/behov-av-narhet");

        var parent = await factory.SignedInClientAsync("foralder-atkomst@example.se");
        foreach (var path in new[] { "/laslistor", "/laslistor/ny", edit })
        {
            using var response = await parent.GetAsync(path, Ct);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            var page = await response.ReadDocumentAsync(Ct);
            Assert.Empty(page.QuerySelectorAll("form.form, .order-item"));
        }

        // A forged post with the parent's own valid token (every signed-in page renders one, in the sign-out form).
        var own = await parent.GetDocumentAsync("/konto", Ct);
        var token = own.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Input.Title", "Min egen"), new("Input.Sections", "barnets-behov-av-narhet/behov-av-narhet")]);
        using var posted = await parent.PostAsync("/laslistor/ny", content, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.Null((await parent.GetDocumentAsync("/konto", Ct)).QuerySelector("a[href='/laslistor']"));
    }
}
