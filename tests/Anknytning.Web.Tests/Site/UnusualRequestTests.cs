using System.Net;
using AngleSharp.Html.Dom;
using Anknytning.Web.Site;

namespace Anknytning.Web.Tests.Site;

/// <summary>Methods the site does not take and bodies it will not read: a status page in the reader's language, never a 500.</summary>
public sealed class UnusualRequestTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> MethodsAndPaths()
    {
        var data = new TheoryData<string, string>();
        string[] paths = ["/", "/lektion/barnets-behov-av-narhet", "/tema/faser", "/original/tilknytning", "/min-lasning", "/dagbok/1", "/dagbok/skriv", "/konto", "/health"];
        string[] methods = ["TRACE", "PUT", "DELETE", "PATCH", "OPTIONS"];
        for (var i = 0; i < paths.Length; i++)
        {
            // Each path with two methods, so that every method meets several kinds of page.
            data.Add(methods[i % methods.Length], paths[i]);
            data.Add(methods[(i + 2) % methods.Length], paths[i]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MethodsAndPaths))]
    public async Task Any_method_but_get_head_and_post_is_answered_405_with_allow(string method, string path)
    {
        var client = await SignedInClientAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD", "POST"], response.Content.Headers.Allow.Order(StringComparer.Ordinal));
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task Head_still_answers_like_get()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "/lektion/barnets-behov-av-narhet");

        using var response = await factory.CreateBrowsingClient("sv").SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("sv", "Det du skickade var för stort")]
    [InlineData("da", "Det, du sendte, var for stort")]
    public async Task A_body_over_the_limit_gets_the_413_page_in_the_readers_language(string language, string title)
    {
        var client = factory.CreateBrowsingClient(language);
        var form = await FormAsync(client, "/konto/ny");

        using var response = await SubmitAsync(client, form, new() { ["Input.Email"] = new string('a', 30_000_000) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var page = await response.ReadDocumentAsync(Ct);
        Assert.Equal(title, page.QuerySelector("h1")?.TextContent);
        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_five_megabyte_field_gets_the_413_page_not_page_not_found()
    {
        var client = await SignedInClientAsync();
        var form = await FormAsync(client, "/dagbok/datum");

        using var response = await SubmitAsync(client, form, new() { ["Input.DueDate"] = new string('1', 5_000_000) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("Det du skickade var för stort", (await response.ReadDocumentAsync(Ct)).QuerySelector("h1")?.TextContent);
    }

    [Theory]
    [InlineData("/dagbok/datum")]
    [InlineData("/dagbok/skriv")]
    [InlineData("/konto/losenord")]
    public async Task A_form_too_odd_to_read_gets_the_400_page_even_though_it_was_a_post(string path)
    {
        var client = await SignedInClientAsync("da");
        var form = await FormAsync(client, path);
        var fields = Enumerable.Range(0, RequestLimits.MaxFormFields + 1).ToDictionary(i => $"extra{i}", _ => "x");

        using var response = await SubmitAsync(client, form, fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Formularen kunne ikke sendes", (await response.ReadDocumentAsync(Ct)).QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task A_refused_post_shows_the_status_page_it_was_refused_with()
    {
        var client = await SignedInClientAsync();
        var form = await FormAsync(client, "/dagbok/datum");
        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = "nothing-we-issued" };

        using var response = await SubmitAsync(client, form, fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Formuläret kunde inte skickas", (await response.ReadDocumentAsync(Ct)).QuerySelector("h1")?.TextContent);
    }

    private async Task<HttpClient> SignedInClientAsync(string language = "sv")
    {
        var email = $"metod-{Guid.NewGuid():N}@example.se";
        await factory.CreateAccountAsync(email);
        var client = factory.CreateBrowsingClient(language);
        await client.SignInAsync(email, Accounts.Password);
        return client;
    }

    /// <summary>The page's own form, as the page rendered it.</summary>
    private static async Task<IHtmlFormElement> FormAsync(HttpClient client, string path)
    {
        var page = await client.GetDocumentAsync(path, Ct);
        return page.QuerySelectorAll("main form.form").OfType<IHtmlFormElement>().Single();
    }

    /// <summary>Posts the form's own fields (token included) to its own action, with some changed or added.</summary>
    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, IHtmlFormElement form, Dictionary<string, string> changes)
    {
        var fields = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name) && i.Type is not ("checkbox" or "submit"))
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .Concat(form.Elements.OfType<IHtmlTextAreaElement>().Select(t => new KeyValuePair<string, string>(t.Name!, t.Value)))
            .Select(f => changes.TryGetValue(f.Key, out var changed) ? new(f.Key, changed) : f)
            .ToList();
        fields.AddRange(changes.Where(c => !fields.Exists(f => f.Key == c.Key)));

        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(form.Action).PathAndQuery, content, Ct);
    }
}
