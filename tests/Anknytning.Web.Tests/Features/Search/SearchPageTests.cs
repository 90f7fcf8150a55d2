using System.Net;
using Anknytning.Content;
using Anknytning.Web.Features.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Anknytning.Web.Tests.Features.Search;

public sealed class SearchPageTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/")]
    [InlineData("/lektion/heling")]
    [InlineData("/tema/spegling")]
    [InlineData("/sok?q=spejling")]
    public async Task Every_page_has_a_search_form_in_its_header_that_asks_with_get(string path)
    {
        var page = await factory.CreateBrowsingClient().GetDocumentAsync(path, Ct);

        var form = page.QuerySelector("header.site-header form[role=search]");
        Assert.NotNull(form);
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/sok", form.GetAttribute("action"));
        var input = form.QuerySelector("input[name=q]");
        Assert.NotNull(input);
        Assert.NotNull(page.QuerySelector($"label[for='{input.Id}']"));
        Assert.Null(form.QuerySelector("input[name=__RequestVerificationToken]"));
    }

    [Fact]
    public async Task Submitting_the_header_form_as_rendered_shows_results_and_keeps_the_query_in_the_box()
    {
        var client = factory.CreateBrowsingClient();
        var home = await client.GetDocumentAsync("/", Ct);
        var form = home.QuerySelector("form[role=search]")!;

        var results = await client.GetDocumentAsync($"{form.GetAttribute("action")}?q={Uri.EscapeDataString("grænser for børn")}", Ct);

        Assert.Equal("grænser for børn", results.QuerySelector("form[role=search] input[name=q]")?.GetAttribute("value"));
        Assert.NotEmpty(results.QuerySelectorAll(".search-result"));
    }

    [Theory]
    [InlineData("anknytning")]
    [InlineData("tilknytning")]
    [InlineData("oxytocin")]
    [InlineData("spejling")]
    [InlineData("barn")]
    public async Task Every_result_links_to_a_section_that_exists_on_the_linked_page(string query)
    {
        var client = factory.CreateBrowsingClient();
        var page = await client.GetDocumentAsync($"/sok?q={query}", Ct);
        var links = page.QuerySelectorAll(".search-result-title a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);

        foreach (var link in links)
        {
            var (path, fragment) = (link.Split('#')[0], link.Split('#')[1]);
            Assert.StartsWith("/lektion/", path, StringComparison.Ordinal);
            var lesson = await client.GetDocumentAsync(path, Ct);
            var heading = lesson.GetElementById(fragment);
            Assert.True(heading is not null, $"{link}: no element #{fragment}");
            Assert.Contains("section-heading", heading.ClassList);
        }
    }

    [Fact]
    public async Task A_result_shows_section_lesson_language_and_a_marked_snippet_and_the_page_counts_them()
    {
        var page = await factory.CreateBrowsingClient("sv").GetDocumentAsync("/sok?q=spejling", Ct);

        var results = page.QuerySelectorAll(".search-result");
        Assert.Equal($"{results.Length} avsnitt", page.QuerySelector(".search-count")?.TextContent);
        var first = results[0];
        Assert.Equal("da", first.GetAttribute("lang"));
        Assert.Equal("Dannelse af personlighed", first.QuerySelector(".search-result-title")?.TextContent);
        Assert.Equal("da", first.QuerySelector(".search-result-lesson-title")?.GetAttribute("lang"));
        Assert.Equal("Danska", first.QuerySelector(".search-result-language")?.TextContent);
        // "spejl" (a mirror) is marked too: the compound splitter finds it in "spejling".
        Assert.All(first.QuerySelectorAll("mark"), m => Assert.StartsWith("spejl", m.TextContent, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_danish_interface_counts_afsnit()
    {
        var page = await factory.CreateBrowsingClient("da").GetDocumentAsync("/sok?q=tilknytning", Ct);

        Assert.Matches(@"^\d+ afsnit$", page.QuerySelector(".search-count")?.TextContent);
        Assert.Equal("Søg", page.QuerySelector("form[role=search] button")?.TextContent);
    }

    [Fact]
    public async Task Language_filter_keeps_one_language()
    {
        var page = await factory.CreateBrowsingClient().GetDocumentAsync("/sok?q=anknytning&sprak=da", Ct);

        var results = page.QuerySelectorAll(".search-result");
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.Equal("da", r.GetAttribute("lang")));
        Assert.Equal("true", page.QuerySelector(".search-filters a[href='/sok?q=anknytning&sprak=da']")?.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task Theme_filter_keeps_the_themes_lessons_and_the_filter_links_keep_the_query()
    {
        var page = await factory.CreateBrowsingClient().GetDocumentAsync("/sok?q=barn&tema=lakning", Ct);

        var results = page.QuerySelectorAll(".search-result");
        Assert.NotEmpty(results);
        var catalog = factory.Services.GetRequiredService<ILessonCatalog>();
        foreach (var result in results)
        {
            var lessonId = result.QuerySelector(".search-result-title a")!.GetAttribute("href")!.Split('#')[0]["/lektion/".Length..];
            Assert.Contains("lakning", catalog.FindLesson(lessonId)!.ThemeIds);
        }

        Assert.All(page.QuerySelectorAll(".search-filters a"), a => Assert.Contains("q=barn", a.GetAttribute("href")!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Nothing_found_says_so_kindly_and_suggests_the_themes()
    {
        var page = await factory.CreateBrowsingClient().GetDocumentAsync("/sok?q=xylofon", Ct);

        Assert.Contains("Vi hittade inget avsnitt om ”xylofon”", page.QuerySelector(".search-none")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("/tema/spegling", page.QuerySelectorAll(".search-themes a").Select(a => a.GetAttribute("href")));
        Assert.Empty(page.QuerySelectorAll(".search-result"));
    }

    [Fact]
    public async Task An_empty_search_invites_a_word_and_shows_the_themes()
    {
        var page = await factory.CreateBrowsingClient().GetDocumentAsync("/sok", Ct);

        Assert.NotNull(page.QuerySelector(".search-message"));
        Assert.NotEmpty(page.QuerySelectorAll(".search-themes a"));
    }

    [Fact]
    public async Task A_query_over_200_characters_is_refused_politely()
    {
        var query = new string('a', LessonSearch.MaxQueryLength + 1);

        using var response = await factory.CreateBrowsingClient().GetAsync($"/sok?q={query}", Ct);
        var page = await response.ReadDocumentAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("högst 200 tecken", page.QuerySelector(".search-message")?.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll(".search-result"));
    }

    [Theory]
    [InlineData("<script>alert(1)</script> spejling")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("\"><b>fed</b>")]
    [InlineData("\"spejling\"")]
    [InlineData("spejl*")]
    [InlineData("sp?jling")]
    [InlineData("spejling~2")]
    [InlineData("barn AND NOT tilknytning OR")]
    [InlineData("title_da:spejling")]
    [InlineData("[1 TO 5]")]
    [InlineData("{* TO *}")]
    [InlineData("\\")]
    [InlineData("(((barn")]
    [InlineData("'; DROP TABLE AspNetUsers; --")]
    [InlineData("1' OR '1'='1")]
    [InlineData("!!! ??? ...")]
    [InlineData("barn\u0000\u0007\u001b[31m")]
    [InlineData("\u200b\ufeff")]
    [InlineData("{{7*7}} @(1+1) ${x}")]
    [InlineData("%3Cscript%3E")]
    public async Task Odd_queries_never_fail_and_never_echo_markup(string query)
    {
        using var response = await factory.CreateBrowsingClient().GetAsync($"/sok?q={Uri.EscapeDataString(query)}", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>fed", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('\0', html);
        var page = await response.ReadDocumentAsync(Ct);
        Assert.All(page.QuerySelectorAll(".search-result-snippet"), s => Assert.All(s.Children, c => Assert.Equal("MARK", c.TagName)));
        Assert.All(page.QuerySelectorAll("mark"), m => Assert.Empty(m.Children));
    }

    [Fact]
    public async Task Lucene_syntax_is_only_words_the_field_name_finds_nothing_of_its_own()
    {
        var plain = await ResultIds("spejling");
        var fielded = await ResultIds("title_da:spejling");

        Assert.Equal(plain, fielded);
    }

    private async Task<List<string?>> ResultIds(string query)
    {
        var page = await factory.CreateBrowsingClient().GetDocumentAsync($"/sok?q={Uri.EscapeDataString(query)}", Ct);
        return [.. page.QuerySelectorAll(".search-result-title a").Select(a => a.GetAttribute("href"))];
    }
}
