using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Anknytning.Content;
using Microsoft.Extensions.DependencyInjection;

namespace Anknytning.Web.Tests.Features.Lessons;

public sealed class LessonPagesTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ILessonCatalog Catalog => factory.Services.GetRequiredService<ILessonCatalog>();

    [Fact]
    public async Task Every_lesson_shows_all_its_sections_in_its_own_language()
    {
        var client = factory.CreateBrowsingClient();
        foreach (var lesson in Catalog.Lessons)
        {
            var page = await client.GetDocumentAsync($"/lektion/{lesson.Id}", Ct);

            var article = page.QuerySelector("article.lesson");
            Assert.NotNull(article);
            Assert.Equal(lesson.Language, article.GetAttribute("lang"));
            Assert.Equal(lesson.Title, page.QuerySelector("h1")?.TextContent);
            var tocTargets = page.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href")).ToList();
            foreach (var section in lesson.Sections)
            {
                var heading = page.GetElementById(section.Id);
                Assert.True(heading is not null, $"{lesson.Id}: no element #{section.Id}");
                Assert.Contains("section-heading", heading.ClassList);
                Assert.NotNull(heading.QuerySelector($"a.section-link[href='#{section.Id}']"));
                Assert.Contains($"#{section.Id}", tocTargets);
            }
        }
    }

    [Fact]
    public async Task Every_section_address_leads_to_its_section()
    {
        var client = factory.CreateBrowsingClient();
        foreach (var lesson in Catalog.Lessons)
        {
            foreach (var section in lesson.Sections)
            {
                using var response = await client.GetAsync($"/lektion/{lesson.Id}/{section.Id}", Ct);
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Equal($"/lektion/{lesson.Id}#{section.Id}", response.Headers.Location?.OriginalString);
            }
        }
    }

    [Fact]
    public async Task Unknown_section_returns_404()
    {
        using var response = await factory.CreateBrowsingClient().GetAsync("/lektion/heling/ingen-saadan-sektion", Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Theme_alias_redirects_to_the_theme()
    {
        using var response = await factory.CreateBrowsingClient().GetAsync("/tema/regulering", Ct);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/tema/reglering", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Danish_lesson_read_in_the_swedish_interface_keeps_its_own_language()
    {
        var page = await factory.CreateBrowsingClient("sv").GetDocumentAsync("/lektion/heling", Ct);

        Assert.Equal("sv", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("da", page.QuerySelector("article.lesson")?.GetAttribute("lang"));
        Assert.Equal("Den här lektionen är skriven på danska.", page.QuerySelector(".language-note")?.TextContent);
        Assert.Equal("sv", page.QuerySelector(".language-note")?.GetAttribute("lang"));
        Assert.Equal("sv", page.QuerySelector(".lesson-meta")?.GetAttribute("lang"));
    }

    [Fact]
    public async Task Theme_page_lists_its_lessons_by_language_the_readers_own_first()
    {
        var theme = Catalog.FindTheme("lakning")!;
        var expected = Catalog.LessonsInTheme("lakning");
        Assert.Contains(expected, l => l.Language == "sv");
        Assert.Contains(expected, l => l.Language == "da");

        var page = await factory.CreateBrowsingClient("da").GetDocumentAsync("/tema/lakning", Ct);

        Assert.Equal(theme.Name.Da, page.QuerySelector("h1")?.TextContent);
        var groups = page.QuerySelectorAll(".lesson-group").ToList();
        Assert.Equal(["Lektioner på dansk", "Lektioner på svensk"], groups.Select(g => g.QuerySelector("h2")!.TextContent));
        var cards = page.QuerySelectorAll(".lesson-card-title").ToList();
        Assert.Equal(expected.Count, cards.Count);
        Assert.All(cards, c => Assert.Contains(c.GetAttribute("lang"), new[] { "sv", "da" }));
    }

    [Fact]
    public async Task Source_page_holds_every_lesson_in_order_with_attribution_and_disclaimer()
    {
        var source = Catalog.FindSource("neurobiologi")!;
        var page = await factory.CreateBrowsingClient().GetDocumentAsync("/original/neurobiologi", Ct);

        Assert.Equal(source.Title, page.QuerySelector("h1")?.TextContent);
        Assert.Contains(source.Author!, page.QuerySelector(".attribution")?.TextContent, StringComparison.Ordinal);
        Assert.Contains(source.Disclaimer, page.QuerySelector(".disclaimer")?.TextContent, StringComparison.Ordinal);
        var lessonHeadings = page.QuerySelectorAll(".source-lesson > h2").Select(h => h.Id).ToList();
        Assert.Equal(Catalog.LessonsInSource("neurobiologi").Select(l => l.Id), lessonHeadings);
    }

    [Fact]
    public async Task Source_page_does_not_repeat_a_lesson_title_as_its_first_heading()
    {
        var page = await factory.CreateBrowsingClient().GetDocumentAsync("/original/tilknytning", Ct);

        var lesson = page.QuerySelector("section.source-lesson")!;
        var headings = lesson.QuerySelectorAll("h2, h3").Select(h => h.ChildNodes[0].TextContent).ToList();
        Assert.Equal("Indledning", headings[0].Trim());
        Assert.DoesNotContain("Indledning", headings.Skip(1).Select(h => h.Trim()));
    }

    [Fact]
    public async Task Citations_link_to_their_entry_in_the_references()
    {
        var client = factory.CreateBrowsingClient();
        var citing = Catalog.LessonsInSource("neurobiologi")[0];
        var page = await client.GetDocumentAsync($"/lektion/{citing.Id}", Ct);

        var citation = page.QuerySelectorAll("a[href*='#ref-']").First();
        var target = new Uri(new Uri("http://localhost/lektion/" + citing.Id), citation.GetAttribute("href"));
        var referencePage = await client.GetDocumentAsync(target.AbsolutePath, Ct);
        var id = target.Fragment.TrimStart('#');
        var entry = referencePage.GetElementById(id)?.Closest("li");
        Assert.NotNull(entry);
        var number = int.Parse(id["ref-".Length..], CultureInfo.InvariantCulture);
        Assert.Equal(number, entry.ParentElement!.Children.ToList().IndexOf(entry) + 1);
        Assert.Matches(@"\(\d{4}\)", entry.TextContent);
    }

    [Theory]
    [InlineData("/lektion/tilknytningens-indflydelse")]
    [InlineData("/original/tilknytning")]
    public async Task The_books_figure_references_link_to_the_figure_and_keep_their_words(string path)
    {
        var page = await factory.CreateBrowsingClient("da").GetDocumentAsync(path, Ct);

        var reference = page.QuerySelectorAll("a[href='#figur-1']").Single();
        Assert.Equal("figur 1", reference.TextContent);
        Assert.Contains("illustreret i figur 1, side 11.", reference.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Figur 1:", page.QuerySelector("figure#figur-1 figcaption")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_link_on_every_page_leads_somewhere_real()
    {
        // Crawl the whole public site from the home page in both languages; every local link must answer
        // 200 and every #fragment must name an element on the page it points to.
        var client = factory.CreateBrowsingClient();
        var pages = new Dictionary<string, IDocument>();
        var queue = new Queue<string>(["/", "/sprak/da?returnUrl=%2F"]);
        var links = new List<(string From, string Path, string Fragment)>();
        while (queue.Count > 0)
        {
            var path = queue.Dequeue();
            if (pages.ContainsKey(path))
            {
                continue;
            }

            using var response = await client.GetAsync(path, Ct);
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                queue.Enqueue(response.Headers.Location!.OriginalString.Split('#')[0]);
                pages[path] = null!;
                continue;
            }

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
            var page = await response.ReadDocumentAsync(Ct);
            pages[path] = page;
            foreach (var href in page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (href.StartsWith("http", StringComparison.Ordinal) || href.StartsWith("/sprak/", StringComparison.Ordinal))
                {
                    continue;
                }

                var target = href.StartsWith('#') ? path.Split('#')[0] + href : href;
                var parts = target.Split('#', 2);
                links.Add((path, parts[0], parts.Length > 1 ? parts[1] : ""));
                if (!pages.ContainsKey(parts[0]))
                {
                    queue.Enqueue(parts[0]);
                }
            }
        }

        Assert.True(pages.Count > 20, $"only {pages.Count} pages were reached");
        foreach (var (from, path, fragment) in links.Where(l => l.Fragment.Length > 0))
        {
            var target = pages[path];
            Assert.True(target?.GetElementById(fragment) is not null, $"{from} links to {path}#{fragment}, which does not exist");
        }
    }

    [Fact]
    public async Task Every_page_has_a_title_and_a_description()
    {
        var client = factory.CreateBrowsingClient();
        var paths = new[] { "/", "/original/narhet" }
            .Concat(Catalog.Themes.Select(t => $"/tema/{t.Id}"))
            .Concat(Catalog.Lessons.Select(l => $"/lektion/{l.Id}"));
        foreach (var path in paths)
        {
            var page = await client.GetDocumentAsync(path, Ct);
            Assert.EndsWith("– Anknytning", page.Title, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")?.GetAttribute("content")), path);
        }
    }
}
