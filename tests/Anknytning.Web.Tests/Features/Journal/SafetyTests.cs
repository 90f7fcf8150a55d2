using System.Net;
using System.Security.Cryptography;
using System.Text;
using Anknytning.Web.Data;
using Anknytning.Web.Features.Journal;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using static Anknytning.Web.Tests.Features.Journal.JournalTesting;

namespace Anknytning.Web.Tests.Features.Journal;

/// <summary>Nothing is lost, nothing is saved twice, and nothing a parent types runs as code or lies readable on disk.</summary>
public sealed class SafetyTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Too_long_text_is_refused_in_the_parents_language_and_the_form_keeps_everything()
    {
        using var app = factory.WithPrompt();
        var (client, userId, _) = await factory.ParentAsync("lang-text", app: app);
        var page = await client.GetDocumentAsync($"/dagbok/skriv?lektion={LessonId}&avsnitt={SectionId}&fraga={PromptId}", Ct);
        var text = "Början. " + new string('å', 10_304);

        using var response = await client.SubmitAsync(page.JournalForm(), new() { ["Input.Title"] = "Min rubrik", ["Input.Text"] = text });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var again = await response.ReadAsync();
        var message = again.QuerySelector("#text-error")?.TextContent.Replace('\u00a0', ' ');
        Assert.Equal("Texten får vara högst 10 000 tecken. Den är nu 10 312.", message);
        Assert.Contains(message!, again.QuerySelector(".validation-summary")?.TextContent.Replace('\u00a0', ' '), StringComparison.Ordinal);
        var fields = again.JournalForm().Fields();
        Assert.Equal(text, fields["Input.Text"]);
        Assert.Equal("Min rubrik", fields["Input.Title"]);
        Assert.Equal((LessonId, SectionId, PromptId), (fields["Input.LessonId"], fields["Input.SectionId"], fields["Input.PromptId"]));
        Assert.Equal(PromptText, again.QuerySelector(".journal-prompt")?.TextContent);
        Assert.Empty(await app.Services.EntriesAsync(userId));
    }

    [Fact]
    public async Task Too_long_title_is_refused_in_danish_and_the_text_is_kept()
    {
        var (client, userId, _) = await factory.ParentAsync("lang-rubrik", "da");

        using var response = await client.WriteAsync(new string('t', 214), "Min tekst");

        var again = await response.ReadAsync();
        Assert.Equal("Overskriften må højst være på 200 tegn. Den er nu på 214.", again.QuerySelector("#title-error")?.TextContent);
        Assert.Equal("Min tekst", again.JournalForm().Fields()["Input.Text"]);
        Assert.Empty(await factory.Services.EntriesAsync(userId));
    }

    [Fact]
    public async Task Empty_text_is_refused_and_the_title_is_kept()
    {
        var (client, userId, _) = await factory.ParentAsync("tom-text");

        using var response = await client.WriteAsync("Bara en rubrik", "  \r\n ");

        var again = await response.ReadAsync();
        Assert.Equal("Skriv något innan du sparar.", again.QuerySelector("#text-error")?.TextContent);
        Assert.Equal("Bara en rubrik", again.JournalForm().Fields()["Input.Title"]);
        Assert.Empty(await factory.Services.EntriesAsync(userId));
    }

    [Fact]
    public async Task Browser_line_breaks_count_as_one_character_each()
    {
        var (client, userId, _) = await factory.ParentAsync("radbrytningar");
        var text = string.Join("\r\n", Enumerable.Repeat(new string('a', 99), 100));

        using var response = await client.WriteAsync(null, text);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Single(await factory.Services.EntriesAsync(userId));
    }

    [Fact]
    public async Task Same_form_sent_twice_saves_one_reflection()
    {
        var (client, userId, _) = await factory.ParentAsync("dubbelklick");
        var form = (await client.GetDocumentAsync("/dagbok/skriv", Ct)).JournalForm();
        var changes = new Dictionary<string, string> { ["Input.Text"] = "En gång räcker" };

        using var first = await client.SubmitAsync(form, changes);
        using var second = await client.SubmitAsync(form, changes);

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Single(await factory.Services.EntriesAsync(userId));
    }

    [Fact]
    public async Task Same_form_sent_many_times_at_once_saves_one_reflection()
    {
        var (client, userId, _) = await factory.ParentAsync("parallellt");
        var fields = (await client.GetDocumentAsync("/dagbok/skriv", Ct)).JournalForm().Fields();
        fields["Input.Text"] = "Samtidigt";

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.PostAsync("/dagbok/skriv", new Dictionary<string, string>(fields))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Single(responses.Select(r => r.Headers.Location?.OriginalString).Distinct());
        Assert.Single(await factory.Services.EntriesAsync(userId));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Title_and_text_are_encrypted_at_rest_under_the_parents_own_account()
    {
        var (client, userId, _) = await factory.ParentAsync("krypterad");
        var otherId = await factory.CreateAccountAsync($"annan-{Guid.NewGuid():N}@example.se");
        const string Title = "Hemlig rubrik om mamma";
        const string Text = "Jag har aldrig berättat det här för någon.";

        await client.WriteEntryAsync(Title, Text);

        var row = Assert.Single(await factory.Services.EntriesAsync(userId));
        Assert.DoesNotContain("mamma", row.TitleCiphertext, StringComparison.Ordinal);
        Assert.DoesNotContain("berättat", row.TextCiphertext, StringComparison.Ordinal);
        using var scope = factory.Services.CreateScope();
        var protector = scope.ServiceProvider.GetRequiredService<JournalProtector>();
        Assert.Equal(Text, protector.Unprotect(userId, row.TextCiphertext));
        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(otherId, row.TextCiphertext));
        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(otherId, row.TitleCiphertext!));
        // Nor anywhere in the database files, write-ahead log included.
        foreach (var file in Directory.GetFiles(factory.DataFolder, "app.db*"))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream, Encoding.Latin1);
            var bytes = await reader.ReadToEndAsync(Ct);
            Assert.DoesNotContain(Latin1OfUtf8("berättat"), bytes, StringComparison.Ordinal);
            Assert.DoesNotContain(Latin1OfUtf8("Hemlig rubrik"), bytes, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Markup_and_links_in_title_and_text_never_reach_the_page_as_code()
    {
        var (client, _, _) = await factory.ParentAsync("xss");
        const string Title = "<script>alert('titel')</script><a href=\"https://example.com\">x</a>";
        const string Text = """
            <script>alert(1)</script>
            <img src=x onerror="alert(2)">
            [klicka](javascript:alert(3)) ![bild](javascript:alert(4)) <javascript:alert(5)> <https://example.com>
            <a href="javascript:alert(6)">länk</a> https://example.com

            [ref]: javascript:alert(7)
            """;

        var id = await client.WriteEntryAsync(Title, Text);

        foreach (var path in new[] { $"/dagbok/{id}", "/dagbok", $"/dagbok/{id}/andra", $"/dagbok/{id}/ta-bort" })
        {
            var page = await client.GetDocumentAsync(path, Ct);
            var main = page.QuerySelector("main")!;
            Assert.Empty(main.QuerySelectorAll("script, img, iframe, object, [onerror], [style]"));
            Assert.DoesNotContain(main.QuerySelectorAll("a[href]"), a =>
                !a.GetAttribute("href")!.StartsWith('/') && !a.GetAttribute("href")!.StartsWith('#'));
            Assert.DoesNotContain(main.QuerySelectorAll("a"), a => a.TextContent is "x" or "klicka" or "länk" or "bild");
            Assert.Empty(page.QuerySelectorAll("script"));
        }

        var entry = await client.GetDocumentAsync($"/dagbok/{id}", Ct);
        Assert.Equal(Title, entry.QuerySelector("h1")?.TextContent);
        Assert.Contains("<script>alert(1)</script>", entry.QuerySelector(".journal-text")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("javascript:alert(3)", entry.QuerySelector(".journal-text")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signed_in_post_without_a_valid_token_keeps_the_text_with_a_message()
    {
        var (client, userId, _) = await factory.ParentAsync("utan-token");
        var fields = (await client.GetDocumentAsync("/dagbok/skriv", Ct)).JournalForm().Fields();
        fields.Remove("__RequestVerificationToken");
        fields["Input.Text"] = "Det här vill jag inte förlora.";

        using var response = await client.PostAsync("/dagbok/skriv", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadAsync();
        Assert.Contains("Formuläret hann bli för gammalt", page.QuerySelector(".validation-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Det här vill jag inte förlora.", page.JournalForm().Fields()["Input.Text"]);
        Assert.Empty(await factory.Services.EntriesAsync(userId));
        using var saved = await client.SubmitAsync(page.JournalForm());
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Single(await factory.Services.EntriesAsync(userId));
    }

    [Fact]
    public async Task Expired_sign_in_keeps_the_text_until_the_parent_signs_in_again_and_saves()
    {
        var email = $"utgangen-{Guid.NewGuid():N}@example.se";
        var userId = await factory.CreateAccountAsync(email);
        var cookies = new System.Net.CookieContainer();
        var client = factory.CreateDefaultClient(new CookieContainerHandler(cookies));
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("sv");
        await client.SignInAsync(email, Accounts.Password);
        var form = (await client.GetDocumentAsync("/dagbok/skriv", Ct)).JournalForm();
        const string Text = "En lång kväll av skrivande som inte får försvinna.";

        // The parent writes for a long time; meanwhile the sign-in cookie runs out.
        foreach (System.Net.Cookie cookie in cookies.GetAllCookies())
        {
            if (cookie.Name == "anknytning.auth")
            {
                cookie.Expired = true;
            }
        }

        using var posted = await client.SubmitAsync(form, new() { ["Input.Title"] = "Kväll", ["Input.Text"] = Text });

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var keep = await posted.ReadAsync();
        Assert.NotNull(keep.QuerySelector(".journal-session-expired"));
        var signInForm = keep.JournalForm();
        Assert.Equal("/dagbok/skriv?handler=SignInAndKeep", signInForm.GetAttribute("action"));
        Assert.Equal((Text, "Kväll"), (signInForm.Fields()["Input.Text"], signInForm.Fields()["Input.Title"]));
        Assert.NotNull(signInForm.QuerySelector("input[name='SignIn.Password'][type=password]"));
        Assert.Empty(await factory.Services.EntriesAsync(userId));

        using var wrong = await client.SubmitAsync(signInForm, new() { ["SignIn.Email"] = email, ["SignIn.Password"] = "fel lösenord helt och hållet" });
        var stillKept = await wrong.ReadAsync();
        Assert.Equal(Text, stillKept.JournalForm().Fields()["Input.Text"]);
        Assert.NotNull(stillKept.QuerySelector("input[name='SignIn.Password']"));

        using var signedIn = await client.SubmitAsync(stillKept.JournalForm(), new() { ["SignIn.Email"] = email, ["SignIn.Password"] = Accounts.Password });

        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        var back = await signedIn.ReadAsync();
        Assert.Equal("Du är inloggad igen. Din text finns kvar – spara den när du är klar.", back.QuerySelector(".journal-signed-in-again")?.TextContent);
        var writeForm = back.JournalForm();
        Assert.Equal("/dagbok/skriv", writeForm.GetAttribute("action"));
        Assert.Null(writeForm.QuerySelector("input[name='SignIn.Password']"));
        Assert.Equal(Text, writeForm.Fields()["Input.Text"]);
        Assert.Empty(await factory.Services.EntriesAsync(userId));

        using var saved = await client.SubmitAsync(writeForm);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var row = Assert.Single(await factory.Services.EntriesAsync(userId));
        using var scope = factory.Services.CreateScope();
        Assert.Equal(Text, scope.ServiceProvider.GetRequiredService<JournalProtector>().Unprotect(userId, row.TextCiphertext));
    }

    [Theory]
    [InlineData("/dagbok")]
    [InlineData("/dagbok/skriv")]
    [InlineData("/dagbok/1")]
    [InlineData("/dagbok/1/andra")]
    [InlineData("/dagbok/1/ta-bort")]
    public async Task Anonymous_visitor_is_sent_to_sign_in(string path)
    {
        using var response = await factory.CreateBrowsingClient().GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/konto/logga-in", response.Headers.Location?.OriginalString.Replace("http://localhost", ""), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/dagbok/1/andra")]
    [InlineData("/dagbok/1/ta-bort")]
    public async Task Anonymous_change_is_sent_to_sign_in(string path)
    {
        using var response = await factory.CreateBrowsingClient().PostAsync(path, new Dictionary<string, string> { ["Input.Text"] = "x" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static string Latin1OfUtf8(string text) => Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(text));
}
