using System.Net;
using AngleSharp.Dom;
using Anknytning.Content;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Anknytning.Web.Tests.Features.Sharing;

/// <summary>A health visitor shares a section: from its "Dela" link to the share page, its QR code and its handout.</summary>
public sealed class ShareTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Dela_beside_a_section_opens_its_share_page_with_the_short_address_and_a_qr_code_of_it()
    {
        var client = factory.CreateBrowsingClient();
        var lesson = await client.GetDocumentAsync("/lektion/personlighed", Ct);
        var heading = lesson.GetElementById("graenser")!;
        Assert.NotNull(heading.QuerySelector("a.section-link"));
        var share = heading.QuerySelector("a.share-link")!;
        Assert.Equal("Dela avsnittet", share.TextContent);

        var page = await client.GetDocumentAsync(share.GetAttribute("href")!, Ct);

        var title = page.QuerySelector("h1")!;
        Assert.Equal("Grænser", title.TextContent);
        Assert.Equal("da", title.GetAttribute("lang"));
        Assert.Contains("Dannelse af personlighed og grænser", page.QuerySelector(".share-lesson")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("localhost/a/graenser", page.QuerySelector(".shared-address-text")!.TextContent.Trim());
        Assert.Equal("http://localhost/a/graenser", QrCodeReader.Decode(page.QuerySelector("main svg.qr-code")!));
        var print = page.QuerySelector("a.print-link")!;
        Assert.Equal("Skriv ut", print.TextContent);
        Assert.Equal("/utskrift/personlighed/graenser", print.GetAttribute("href"));
    }

    [Fact]
    public async Task The_lesson_itself_has_a_share_link_too()
    {
        var client = factory.CreateBrowsingClient("da");
        var lesson = await client.GetDocumentAsync("/lektion/barnets-behov-av-narhet", Ct);
        var share = lesson.QuerySelector(".lesson-header a.share-link")!;
        Assert.Equal("Del lektionen", share.TextContent);

        var page = await client.GetDocumentAsync(share.GetAttribute("href")!, Ct);

        Assert.Equal("Del en lektion", page.QuerySelector(".eyebrow")!.TextContent);
        Assert.Equal("sv", page.QuerySelector("h1")!.GetAttribute("lang"));
        Assert.Equal("http://localhost/a/barnets-behov-av-narhet", QrCodeReader.Decode(page.QuerySelector("main svg.qr-code")!));
        Assert.Equal("Udskriv", page.QuerySelector("a.print-link")!.TextContent);
    }

    [Fact]
    public async Task With_a_public_origin_the_address_and_qr_code_name_it_whatever_host_was_asked()
    {
        await using var app = factory.WithWebHostBuilder(b => b.UseSetting("Site:PublicOrigin", "https://anknytning.example"));
        var client = app.CreateClient(new() { AllowAutoRedirect = false });

        foreach (var path in new[] { "/dela/personlighed/graenser", "/utskrift/personlighed/graenser" })
        {
            var page = await client.GetDocumentAsync(path, Ct);

            Assert.Equal("anknytning.example/a/graenser", page.QuerySelector(".shared-address-text")!.TextContent.Trim());
            Assert.Equal("https://anknytning.example/a/graenser", page.QuerySelector(".shared-address-text a")!.GetAttribute("href"));
            Assert.Equal("https://anknytning.example/a/graenser", QrCodeReader.Decode(page.QuerySelector("main svg.qr-code")!));
        }
    }

    [Fact]
    public async Task The_handout_has_the_title_the_first_lines_in_their_language_the_code_and_the_source()
    {
        var client = factory.CreateBrowsingClient();
        var share = await client.GetDocumentAsync("/dela/anknytning-och-hjarnan/oxytocin-och-dopamin", Ct);

        var page = await client.GetDocumentAsync(share.QuerySelector("a.print-link")!.GetAttribute("href")!, Ct);

        var handout = page.QuerySelector("article.handout")!;
        Assert.Equal("Anknytning", handout.QuerySelector(".handout-site")!.TextContent);
        Assert.Equal("Oxytocin och dopamin", handout.QuerySelector("h1")!.TextContent);
        var opening = handout.QuerySelector(".handout-opening")!;
        Assert.Equal("sv", opening.GetAttribute("lang"));
        Assert.InRange(opening.TextContent.Length, 140, 430);
        var whole = factory.Services.GetRequiredService<ILessonCatalog>().FindLesson("anknytning-och-hjarnan")!.FindSection("oxytocin-och-dopamin")!.Text;
        Assert.StartsWith(opening.TextContent.TrimEnd(' ', '…'), whole, StringComparison.Ordinal);
        Assert.True(opening.TextContent.EndsWith('.') || opening.TextContent.EndsWith(" …", StringComparison.Ordinal), opening.TextContent);
        Assert.Equal("http://localhost/a/oxytocin-och-dopamin", QrCodeReader.Decode(handout.QuerySelector("svg.qr-code")!));
        Assert.Equal("localhost/a/oxytocin-och-dopamin", handout.QuerySelector(".shared-address-text")!.TextContent.Trim());
        var source = handout.QuerySelector(".handout-source")!.TextContent;
        Assert.Contains("Neurobiologin hos mänsklig anknytning", source, StringComparison.Ordinal);
        Assert.Contains("Paula Villasante", source, StringComparison.Ordinal);
        // The reader's controls stay on the screen; print CSS hides what is marked for it.
        Assert.Empty(handout.QuerySelectorAll("form, button, nav"));
        Assert.NotNull(page.QuerySelector(".handout-help.screen-only"));
    }

    [Fact]
    public async Task A_handout_whose_source_names_no_author_names_the_text_alone_in_the_readers_language()
    {
        var page = await factory.CreateBrowsingClient("da").GetDocumentAsync("/utskrift/personlighed/graenser", Ct);

        // As on the lesson page: no sentence about a missing author, only the text it comes from.
        var source = page.QuerySelector(".handout-source")!.TextContent.Trim();
        Assert.StartsWith("Fra teksten", source, StringComparison.Ordinal);
        Assert.EndsWith("Tilknytning.", source, StringComparison.Ordinal);
        Assert.DoesNotContain("angivet", source, StringComparison.Ordinal);
        Assert.StartsWith("I takt med at barnet forstår", page.QuerySelector(".handout-opening")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Share_and_handout_pages_are_the_same_for_every_reader()
    {
        var anonymous = factory.CreateBrowsingClient();
        var signedIn = await factory.SignedInClientAsync("delar@example.se");

        foreach (var path in new[] { "/dela/personlighed/graenser", "/utskrift/personlighed/graenser", "/dela/personlighed" })
        {
            var theirs = await signedIn.GetDocumentAsync(path, Ct);
            var mine = await anonymous.GetDocumentAsync(path, Ct);

            Assert.Equal(MainContent(mine), MainContent(theirs));
        }
    }

    [Theory]
    [InlineData("/dela/finns-inte")]
    [InlineData("/dela/personlighed/finns-inte")]
    [InlineData("/utskrift/personlighed/finns-inte")]
    public async Task Sharing_an_unknown_lesson_or_section_is_not_found(string path)
    {
        using var response = await factory.CreateBrowsingClient().GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static string MainContent(IDocument page) => page.QuerySelector("main")!.InnerHtml;
}
