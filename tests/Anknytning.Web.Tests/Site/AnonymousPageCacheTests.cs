using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Anknytning.Web.Site;
using Anknytning.Web.Tests.Features.Progress;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Anknytning.Web.Tests.Site;

/// <summary>
/// Anonymous pages come from the output cache and carry a validator; a signed-in reader's page is never kept, and
/// nobody ever gets a page drawn for someone else or in another language.
/// </summary>
public sealed class AnonymousPageCacheTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string LessonId = "barnets-behov-av-narhet";
    private const string Lesson = $"/lektion/{LessonId}";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, InlineData("/"), InlineData(Lesson), InlineData("/tema/lakning"), InlineData("/original/tilknytning"), InlineData("/dela/barnets-behov-av-narhet/behov-av-narhet")]
    public async Task An_anonymous_page_is_served_from_the_cache_the_second_time(string path)
    {
        var client = factory.CreateBrowsingClient("sv");
        using var first = await client.GetAsync(path, Ct);
        using var second = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(Ct), await second.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task A_signed_in_page_is_never_served_to_an_anonymous_reader_nor_from_the_cache_to_its_reader()
    {
        var reader = await factory.SignedInClientAsync($"cache-{Guid.NewGuid():N}@example.se");
        var lesson = await reader.GetDocumentAsync(Lesson, Ct);
        (await reader.SubmitAsync(lesson.SectionForm("fyra-faser"), Ct)).Dispose();

        // The signed-in reader asks first, twice: their page is drawn each time and never stored.
        using (var again = await reader.GetAsync("/?first-signed-in", Ct))
        {
            Assert.Null(again.Headers.Age);
        }

        using var theirs = await reader.GetAsync("/?first-signed-in", Ct);
        Assert.Null(theirs.Headers.Age);
        Assert.Null(theirs.Headers.ETag);
        Assert.NotNull((await theirs.ReadDocumentAsync(Ct)).QuerySelector("form.sign-out-form"));

        foreach (var path in new[] { "/?first-signed-in", Lesson })
        {
            var anonymous = factory.CreateBrowsingClient("sv");
            using (await anonymous.GetAsync(path, Ct))
            {
                // The second request may come from the cache.
            }

            var page = await anonymous.GetDocumentAsync(path, Ct);
            Assert.Null(page.QuerySelector("form.sign-out-form, form.mark-read, .continue-reading, .lesson-progress"));
        }

        // And the anonymous copy now in the cache is not what the signed-in reader gets.
        var own = await reader.GetDocumentAsync(Lesson, Ct);
        Assert.NotNull(own.QuerySelector("form.mark-read.is-read"));
    }

    [Fact]
    public async Task No_reader_ever_gets_another_readers_lesson_page()
    {
        var first = await factory.SignedInClientAsync($"forsta-{Guid.NewGuid():N}@example.se");
        var second = await factory.SignedInClientAsync($"andra-{Guid.NewGuid():N}@example.se");
        (await first.SubmitAsync((await first.GetDocumentAsync(Lesson, Ct)).SectionForm("behov-av-narhet"), Ct)).Dispose();
        (await second.SubmitAsync((await second.GetDocumentAsync(Lesson, Ct)).SectionForm("fyra-faser"), Ct)).Dispose();

        var firstPage = await first.GetDocumentAsync(Lesson, Ct);
        var secondPage = await second.GetDocumentAsync(Lesson, Ct);

        Assert.Equal(["behov-av-narhet"], ReadSections(firstPage));
        Assert.Equal(["fyra-faser"], ReadSections(secondPage));
        var firstToken = firstPage.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value");
        var secondToken = secondPage.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value");
        Assert.NotEqual(firstToken, secondToken);
    }

    [Fact]
    public async Task The_cache_keeps_each_interface_language_apart()
    {
        var path = "/tema/lakning?languages";
        var swedish = await factory.CreateBrowsingClient("sv").GetDocumentAsync(path, Ct);
        var danish = await factory.CreateBrowsingClient("da").GetDocumentAsync(path, Ct);
        var swedishAgain = await factory.CreateBrowsingClient("sv").GetDocumentAsync(path, Ct);

        Assert.Equal("sv", swedish.DocumentElement.GetAttribute("lang"));
        Assert.Equal("da", danish.DocumentElement.GetAttribute("lang"));
        Assert.Equal("sv", swedishAgain.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task The_chosen_language_wins_over_the_browsers_in_the_cache_too()
    {
        var path = "/tema/lakning?chosen";
        using (await factory.CreateBrowsingClient("sv").GetAsync(path, Ct))
        {
            // A Swedish reader fills the cache.
        }

        var client = factory.CreateBrowsingClient("sv");
        using (await client.GetAsync("/sprak/da", Ct))
        {
            // The Danish choice is a cookie.
        }

        Assert.Equal("da", (await client.GetDocumentAsync(path, Ct)).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_page_with_a_form_token_is_never_cached_even_when_its_page_joins_the_cache()
    {
        await using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.PostConfigure<RazorPagesOptions>(o =>
            o.Conventions.AddPageApplicationModelConvention("/Account/SignIn", page =>
                page.EndpointMetadata.Add(new OutputCacheAttribute { PolicyName = AnonymousPages.Policy })))));
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

        // The first answer sets the antiforgery cookie; the later ones carry a token for it and set nothing.
        var tokens = new List<string?>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync("/konto/logga-in", Ct);
            Assert.Null(response.Headers.Age);
            Assert.Null(response.Headers.ETag);
            tokens.Add((await response.ReadDocumentAsync(Ct)).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value"));
        }

        Assert.All(tokens, Assert.NotNull);
        Assert.Equal(3, tokens.Distinct().Count());
    }

    [Fact]
    public async Task A_returning_reader_gets_304_for_the_same_validator()
    {
        var client = factory.CreateBrowsingClient("sv");
        using var first = await client.GetAsync(Lesson, Ct);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.True(etag.IsWeak);

        using var request = new HttpRequestMessage(HttpMethod.Get, Lesson);
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(etag, second.Headers.ETag);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task The_validator_changes_with_the_language()
    {
        using var swedish = await factory.CreateBrowsingClient("sv").GetAsync(Lesson, Ct);
        var danishClient = factory.CreateBrowsingClient("da");
        using var danish = await danishClient.GetAsync(Lesson, Ct);
        Assert.NotEqual(swedish.Headers.ETag, danish.Headers.ETag);

        // A Danish reader holding the Swedish page gets the Danish one, not a 304.
        using var request = new HttpRequestMessage(HttpMethod.Get, Lesson);
        request.Headers.IfNoneMatch.Add(swedish.Headers.ETag!);
        using var answer = await danishClient.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("da", (await answer.ReadDocumentAsync(Ct)).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_signed_in_reader_gets_the_page_not_a_304_for_the_anonymous_validator()
    {
        using var anonymous = await factory.CreateBrowsingClient("sv").GetAsync(Lesson, Ct);
        var reader = await factory.SignedInClientAsync($"etag-{Guid.NewGuid():N}@example.se");

        using var request = new HttpRequestMessage(HttpMethod.Get, Lesson);
        request.Headers.IfNoneMatch.Add(anonymous.Headers.ETag!);
        using var answer = await reader.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.NotNull((await answer.ReadDocumentAsync(Ct)).QuerySelector("form.mark-read"));
    }

    [Fact]
    public async Task Letters_like_a_ring_are_written_as_themselves_not_as_entities()
    {
        using var response = await factory.CreateBrowsingClient("sv").GetAsync(Lesson, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Contains("å", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#xE5;", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("&#229;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cached_page_is_compressed_once_not_at_every_visit()
    {
        var counted = new CountedCompression();
        await using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.Configure<ResponseCompressionOptions>(o => o.Providers.Add(counted))));
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.AcceptEncoding.ParseAdd(counted.EncodingName);
        string[] paths = ["/", Lesson, "/tema/lakning", "/original/tilknytning", "/sok?q=n%C3%A4rhet"];

        foreach (var path in paths)
        {
            for (var visit = 0; visit < 3; visit++)
            {
                using var response = await client.GetAsync(path, Ct);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal([counted.EncodingName], response.Content.Headers.ContentEncoding);
                Assert.Equal(visit > 0, response.Headers.Age is not null);
            }
        }

        Assert.Equal(paths.Length, counted.Streams);
    }

    [Fact]
    public async Task The_cache_keeps_each_encoding_apart()
    {
        var path = "/tema/lakning?encodings";
        var brotli = factory.CreateBrowsingClient("sv");
        brotli.DefaultRequestHeaders.AcceptEncoding.ParseAdd("gzip, deflate, br, zstd");
        using (await brotli.GetAsync(path, Ct))
        {
            // A phone fills the cache with the Brotli copy.
        }

        using var compressed = await brotli.GetAsync(path, Ct);
        using var plain = await factory.CreateBrowsingClient("sv").GetAsync(path, Ct);
        var gzipClient = factory.CreateBrowsingClient("sv");
        gzipClient.DefaultRequestHeaders.AcceptEncoding.ParseAdd("gzip");
        using var gzip = await gzipClient.GetAsync(path, Ct);

        Assert.NotNull(compressed.Headers.Age);
        Assert.Equal(["br"], compressed.Content.Headers.ContentEncoding);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal(["gzip"], gzip.Content.Headers.ContentEncoding);
        var html = await plain.Content.ReadAsStringAsync(Ct);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        await using var brotliBody = new BrotliStream(await compressed.Content.ReadAsStreamAsync(Ct), CompressionMode.Decompress);
        Assert.Equal(html, await new StreamReader(brotliBody).ReadToEndAsync(Ct));
    }

    /// <summary>A compression that counts the bodies it is asked to compress.</summary>
    private sealed class CountedCompression : ICompressionProvider
    {
        private int streams;

        public int Streams => streams;

        public string EncodingName => "x-counted";

        public bool SupportsFlush => true;

        public Stream CreateStream(Stream outputStream)
        {
            Interlocked.Increment(ref streams);
            return new GZipStream(outputStream, CompressionLevel.Fastest, leaveOpen: true);
        }
    }

    private static string[] ReadSections(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll("form.mark-read.is-read input[name=sectionId]").Select(i => i.GetAttribute("value")!)];
}
