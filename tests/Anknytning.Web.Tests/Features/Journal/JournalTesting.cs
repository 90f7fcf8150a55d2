using System.Net;
using AngleSharp.Dom;
using Anknytning.Content;
using Anknytning.Web.Data;
using Anknytning.Web.Features.Journal;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anknytning.Web.Tests.Features.Journal;

/// <summary>What the journal tests share: the write form filled in as a browser would, and the rows in the database.</summary>
internal static class JournalTesting
{
    public const string LessonId = "barnets-behov-av-narhet";
    public const string SectionId = "fyra-faser";
    public const string PromptId = "dina-faser";
    public const string PromptText = "Vilken fas känner du igen hos ditt barn just nu?";

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A new account with a signed-in client, under a unique address.</summary>
    public static async Task<(HttpClient Client, string UserId, string Email)> ParentAsync(
        this AppFactory factory, string name, string language = "sv", WebApplicationFactory<Program>? app = null)
    {
        var email = $"{name}-{Guid.NewGuid():N}@example.se";
        var userId = await factory.CreateAccountAsync(email);
        var client = (app ?? factory).CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        await client.SignInAsync(email, Accounts.Password);
        return (client, userId, email);
    }

    /// <summary>The journal form on the write page.</summary>
    public static IElement JournalForm(this IDocument page) =>
        page.QuerySelector("form.journal-form") ?? throw new InvalidOperationException("No journal form on the page.");

    /// <summary>Every named field of a form, as a browser would send it.</summary>
    public static Dictionary<string, string> Fields(this IElement form)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in form.QuerySelectorAll("input[name], textarea[name]"))
        {
            fields[input.GetAttribute("name")!] = input is AngleSharp.Html.Dom.IHtmlTextAreaElement area ? area.Value : input.GetAttribute("value") ?? "";
        }

        return fields;
    }

    public static async Task<HttpResponseMessage> PostAsync(this HttpClient client, string path, Dictionary<string, string> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(path, content, Ct);
    }

    /// <summary>Opens the write page (with its query), fills in title and text and posts.</summary>
    public static async Task<HttpResponseMessage> WriteAsync(this HttpClient client, string? title, string text, string query = "")
    {
        var page = await client.GetDocumentAsync("/dagbok/skriv" + query, Ct);
        return await client.SubmitAsync(page.JournalForm(), new() { ["Input.Title"] = title ?? "", ["Input.Text"] = text });
    }

    /// <summary>Writes an entry and returns its id, from the redirect to the entry.</summary>
    public static async Task<long> WriteEntryAsync(this HttpClient client, string? title, string text)
    {
        using var response = await client.WriteAsync(title, text);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/dagbok/", location, StringComparison.Ordinal);
        return long.Parse(location["/dagbok/".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<IDocument> ReadAsync(this HttpResponseMessage response) => await response.ReadDocumentAsync(Ct);

    /// <summary>
    /// Searches through the journal's filter form, as a parent does, and returns the address it leads to (the
    /// words sealed in it) with the page found there.
    /// </summary>
    public static async Task<(string Address, IDocument Page)> SearchJournalAsync(this HttpClient client, string words)
    {
        var journal = await client.GetDocumentAsync("/dagbok", Ct);
        var form = journal.QuerySelector("form.journal-filter")!;
        using var response = await client.SubmitAsync(form, new Dictionary<string, string> { ["ord"] = words });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var address = response.Headers.Location!.OriginalString;
        return (address, await client.GetDocumentAsync(address, Ct));
    }

    /// <summary>The rows of one account, straight from the database, as stored.</summary>
    public static async Task<List<JournalEntry>> EntriesAsync(this IServiceProvider services, string userId)
    {
        using var scope = services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().JournalEntries.AsNoTracking()
            .Where(e => e.UserId == userId)
            .OrderBy(e => e.Id)
            .ToListAsync(Ct);
    }

    public static async Task SetDatesAsync(this IServiceProvider services, string userId, DateOnly? due, DateOnly? birth)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.DueDate, due).SetProperty(a => a.BirthDate, birth), Ct);
    }

    /// <summary>The same app and database, with a reflection prompt at the end of one section of one lesson.</summary>
    public static WebApplicationFactory<Program> WithPrompt(this AppFactory factory) =>
        factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            var real = services.Last(d => d.ServiceType == typeof(ILessonCatalog));
            services.AddSingleton<ILessonCatalog>(sp => new PromptedCatalog((ILessonCatalog)real.ImplementationFactory!(sp)));
        }));

    /// <summary>The real catalogue, with one prompt added to <see cref="SectionId"/> of <see cref="LessonId"/>.</summary>
    private sealed class PromptedCatalog(ILessonCatalog inner) : ILessonCatalog
    {
        private readonly Lesson prompted = AddPrompt(inner.FindLesson(LessonId)!);

        public IReadOnlyList<Theme> Themes => inner.Themes;

        public IReadOnlyList<Source> Sources => inner.Sources;

        public IReadOnlyList<Lesson> Lessons => [.. inner.Lessons.Select(Swap)];

        public Theme? FindTheme(string id) => inner.FindTheme(id);

        public Source? FindSource(string id) => inner.FindSource(id);

        public Lesson? FindLesson(string id) => inner.FindLesson(id) is { } lesson ? Swap(lesson) : null;

        public IReadOnlyList<Lesson> LessonsInTheme(string themeId) => [.. inner.LessonsInTheme(themeId).Select(Swap)];

        public IReadOnlyList<Lesson> LessonsInSource(string sourceId) => [.. inner.LessonsInSource(sourceId).Select(Swap)];

        public Lesson? LessonBefore(Lesson lesson) => inner.LessonBefore(lesson) is { } before ? Swap(before) : null;

        public Lesson? LessonAfter(Lesson lesson) => inner.LessonAfter(lesson) is { } after ? Swap(after) : null;

        private Lesson Swap(Lesson lesson) => lesson.Id == LessonId ? prompted : lesson;

        private static Lesson AddPrompt(Lesson lesson) => lesson with
        {
            Sections = [.. lesson.Sections.Select(s => s.Id == SectionId ? s with { Prompts = [new ReflectionPrompt(PromptId, PromptText)] } : s)],
        };
    }
}
