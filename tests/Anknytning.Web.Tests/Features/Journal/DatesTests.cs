using System.Globalization;
using System.Net;
using Anknytning.Web.Data;
using Anknytning.Web.Site;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anknytning.Web.Tests.Features.Journal;

/// <summary>The due date and birth date page, /dagbok/datum: optional, validated in the reader's language, one account's own.</summary>
public sealed class DatesTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const string Path = "/dagbok/datum";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Today in Stockholm, as the page counts it.</summary>
    private static DateOnly Today => ReadingDates.Date(DateTimeOffset.UtcNow);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Parent_saves_a_due_date_and_sees_the_pregnancy_week()
    {
        var (client, userId) = await SignedInAsync();

        using var response = await client.PostFormAsync(Path, new() { ["Input.DueDate"] = Iso(Today.AddDays(84)), ["Input.BirthDate"] = "" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal((Today.AddDays(84), (DateOnly?)null), await DatesOfAsync(userId));
        var page = await client.GetDocumentAsync(Path, Ct);
        Assert.Equal("Datumen är sparade.", page.QuerySelector(".notice")?.TextContent);
        Assert.Equal("Du är i vecka 28 av graviditeten.", page.QuerySelector(".timeline-position")?.TextContent);
        Assert.Equal(Iso(Today.AddDays(84)), page.QuerySelector("input[name='Input.DueDate']")?.GetAttribute("value"));
        Assert.Equal("date", page.QuerySelector("input[name='Input.DueDate']")?.GetAttribute("type"));
        Assert.Equal("", page.QuerySelector("input[name='Input.BirthDate']")?.GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task Parent_saves_a_birth_date_and_sees_the_babys_age_in_danish()
    {
        var (client, userId) = await SignedInAsync("da");

        using var response = await client.PostFormAsync(Path, new() { ["Input.DueDate"] = Iso(Today.AddMonths(-3).AddDays(5)), ["Input.BirthDate"] = Iso(Today.AddMonths(-3)) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Today.AddMonths(-3), (await DatesOfAsync(userId)).BirthDate);
        var page = await client.GetDocumentAsync(Path, Ct);
        Assert.Equal("Dit barn er 3 måneder.", page.QuerySelector(".timeline-position")?.TextContent);
        Assert.Equal("Terminsdato", page.QuerySelector("label[for='Input_DueDate']")?.TextContent);
        Assert.Equal("Barnets fødselsdag", page.QuerySelector("label[for='Input_BirthDate']")?.TextContent);

        // In the journal, "3 mdr" is what the eye reads and "3 måneder" what a screen reader says.
        await client.WriteEntryAsync(null, "Hun smilede i dag.");
        var journal = await client.GetDocumentAsync("/dagbok", Ct);
        foreach (var label in new[] { journal.QuerySelector(".journal-group-heading")!, journal.QuerySelector(".journal-entry .timeline-label")! })
        {
            Assert.Equal("3 mdr", label.QuerySelector("abbr[aria-hidden=true]")?.TextContent);
            Assert.Equal("3 måneder", label.QuerySelector("abbr")?.GetAttribute("title"));
            Assert.Equal("3 måneder", label.QuerySelector(".visually-hidden")?.TextContent);
        }
    }

    [Fact]
    public async Task Emptying_both_fields_clears_the_dates()
    {
        var (client, userId) = await SignedInAsync();
        using var saved = await client.PostFormAsync(Path, new() { ["Input.DueDate"] = Iso(Today.AddDays(30)), ["Input.BirthDate"] = Iso(Today) });
        Assert.Equal((Today.AddDays(30), Today), await DatesOfAsync(userId));

        using var cleared = await client.PostFormAsync(Path, new() { ["Input.DueDate"] = "", ["Input.BirthDate"] = "" });

        Assert.Equal(HttpStatusCode.Redirect, cleared.StatusCode);
        Assert.Equal((null, null), await DatesOfAsync(userId));
        var page = await client.GetDocumentAsync(Path, Ct);
        Assert.Equal("Datumen är borttagna.", page.QuerySelector(".notice")?.TextContent);
        Assert.Equal("När du har angett ett datum ser du här var du är just nu.", page.QuerySelector(".timeline-position")?.TextContent);
    }

    [Fact]
    public async Task Clear_button_removes_both_dates()
    {
        var (client, userId) = await SignedInAsync();
        using var saved = await client.PostFormAsync(Path, new() { ["Input.DueDate"] = Iso(Today.AddDays(30)), ["Input.BirthDate"] = "" });
        var button = (await client.GetDocumentAsync(Path, Ct)).QuerySelector("button[formaction]");
        Assert.Equal("/dagbok/datum?handler=Clear", button?.GetAttribute("formaction"));

        using var cleared = await client.PostFormAsync(button!.GetAttribute("formaction")!, [], Path);

        Assert.Equal(HttpStatusCode.Redirect, cleared.StatusCode);
        Assert.Equal((null, null), await DatesOfAsync(userId));
    }

    [Fact]
    public async Task Birth_date_in_the_future_is_refused_in_swedish_and_the_typed_values_stay()
    {
        var (client, userId) = await SignedInAsync();
        var tomorrow = Iso(Today.AddDays(1));

        using var response = await client.PostFormAsync(Path, new() { ["Input.DueDate"] = Iso(Today.AddDays(3)), ["Input.BirthDate"] = tomorrow });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync(Ct);
        Assert.Equal("Barnets födelsedag kan inte ligga i framtiden.", page.QuerySelector("#birth-error")?.TextContent);
        Assert.NotNull(page.QuerySelector(".validation-summary a[href='#Input_BirthDate']"));
        Assert.Equal(tomorrow, page.QuerySelector("input[name='Input.BirthDate']")?.GetAttribute("value"));
        Assert.Equal(Iso(Today.AddDays(3)), page.QuerySelector("input[name='Input.DueDate']")?.GetAttribute("value"));
        Assert.Equal((null, null), await DatesOfAsync(userId));
    }

    [Theory]
    [InlineData(330, "Terminsdatoen kan ikke ligge mere end ti måneder ude i fremtiden.")]
    [InlineData(-43, "Terminsdatoen kan ikke ligge mere end seks uger tilbage i tiden. Er barnet allerede født? Så udfyld også fødselsdagen.")]
    [InlineData(-1100, "Terminsdatoen kan ikke ligge mere end seks uger tilbage i tiden. Er barnet allerede født? Så udfyld også fødselsdagen.")]
    public async Task Due_date_out_of_range_is_refused_in_danish(int days, string message)
    {
        var (client, userId) = await SignedInAsync("da");
        var due = Iso(Today.AddDays(days));

        using var response = await client.PostFormAsync(Path, new() { ["Input.DueDate"] = due, ["Input.BirthDate"] = "" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync(Ct);
        Assert.Equal(message, page.QuerySelector("#due-error")?.TextContent);
        Assert.Equal(due, page.QuerySelector("input[name='Input.DueDate']")?.GetAttribute("value"));
        Assert.Equal((null, null), await DatesOfAsync(userId));
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("1990-06-15")]
    public async Task Birth_date_more_than_three_years_back_is_refused_and_the_typed_values_stay(string birth)
    {
        var (client, userId) = await SignedInAsync();

        using var response = await client.PostFormAsync(Path, new() { ["Input.DueDate"] = "", ["Input.BirthDate"] = birth });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync(Ct);
        Assert.Equal("Barnets födelsedag kan inte ligga mer än tre år tillbaka i tiden.", page.QuerySelector("#birth-error")?.TextContent);
        Assert.Equal(birth, page.QuerySelector("input[name='Input.BirthDate']")?.GetAttribute("value"));
        Assert.Equal((null, null), await DatesOfAsync(userId));
    }

    [Fact]
    public async Task Due_date_months_past_is_taken_beside_a_birth_date_but_not_far_from_it()
    {
        var (client, userId) = await SignedInAsync();
        var birth = Today.AddYears(-2);

        // Born a week late: the due date lies a week before the birth, two years ago.
        using var saved = await client.PostFormAsync(Path, new() { ["Input.DueDate"] = Iso(birth.AddDays(-7)), ["Input.BirthDate"] = Iso(birth) });
        using var refused = await client.PostFormAsync(Path, new() { ["Input.DueDate"] = Iso(Today), ["Input.BirthDate"] = Iso(birth) });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal((birth.AddDays(-7), birth), await DatesOfAsync(userId));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ReadDocumentAsync(Ct);
        Assert.Equal("Terminen kan ligga högst sex veckor före och högst 20 veckor efter barnets födelsedag.", page.QuerySelector("#due-error")?.TextContent);
        Assert.Equal(Iso(Today), page.QuerySelector("input[name='Input.DueDate']")?.GetAttribute("value"));
        Assert.Equal((birth.AddDays(-7), birth), await DatesOfAsync(userId));
    }

    [Theory]
    [InlineData("sv", "Från sex veckor tillbaka till tio månader framåt.", "Inom de senaste tre åren.")]
    [InlineData("da", "Fra seks uger tilbage til ti måneder frem.", "Inden for de seneste tre år.")]
    public async Task Form_says_which_dates_it_takes(string language, string dueHint, string birthHint)
    {
        var (client, _) = await SignedInAsync(language);

        var page = await client.GetDocumentAsync(Path, Ct);

        Assert.StartsWith(dueHint, page.QuerySelector("#due-hint")?.TextContent, StringComparison.Ordinal);
        Assert.StartsWith(birthHint, page.QuerySelector("#birth-hint")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(Iso(Today.AddMonths(10)), page.QuerySelector("input[name='Input.DueDate']")?.GetAttribute("max"));
        Assert.Equal(Iso(Today.AddYears(-3)), page.QuerySelector("input[name='Input.BirthDate']")?.GetAttribute("min"));
        Assert.Equal(Iso(Today), page.QuerySelector("input[name='Input.BirthDate']")?.GetAttribute("max"));
    }

    [Fact]
    public async Task Something_that_is_not_a_date_gets_our_own_words()
    {
        var (client, _) = await SignedInAsync();

        using var response = await client.PostFormAsync(Path, new() { ["Input.DueDate"] = "nästa vår", ["Input.BirthDate"] = "" });

        var page = await response.ReadDocumentAsync(Ct);
        Assert.Equal("Skriv ett datum som år-månad-dag, till exempel 2025-03-14.", page.QuerySelector("#due-error")?.TextContent);
        Assert.Equal("nästa vår", page.QuerySelector("input[name='Input.DueDate']")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Second_parent_never_sees_or_changes_the_first_parents_dates()
    {
        var (first, firstId) = await SignedInAsync();
        using var saved = await first.PostFormAsync(Path, new() { ["Input.DueDate"] = Iso(Today.AddDays(50)), ["Input.BirthDate"] = "" });
        var (second, secondId) = await SignedInAsync();

        var page = await second.GetDocumentAsync(Path, Ct);
        Assert.Equal("", page.QuerySelector("input[name='Input.DueDate']")?.GetAttribute("value") ?? "");
        using var theirs = await second.PostFormAsync(Path, new() { ["Input.DueDate"] = Iso(Today.AddDays(10)), ["Input.BirthDate"] = "" });
        using var cleared = await second.PostFormAsync(Path + "?handler=Clear", [], Path);

        Assert.Equal((Today.AddDays(50), (DateOnly?)null), await DatesOfAsync(firstId));
        Assert.Equal((null, null), await DatesOfAsync(secondId));
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task Anonymous_reader_is_sent_to_sign_in(string method)
    {
        var client = factory.CreateBrowsingClient("sv");
        using var request = new HttpRequestMessage(new HttpMethod(method), Path);
        if (method == "POST")
        {
            request.Content = new FormUrlEncodedContent([new("Input.DueDate", Iso(Today))]);
        }

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/konto/logga-in", PathOf(response.Headers.Location), StringComparison.Ordinal);
    }

    private static string PathOf(Uri? location) =>
        location is null ? "" : location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;

    private async Task<(HttpClient Client, string UserId)> SignedInAsync(string language = "sv")
    {
        var email = $"datum-{Guid.NewGuid():N}@example.se";
        var userId = await factory.CreateAccountAsync(email);
        var client = factory.CreateBrowsingClient(language);
        await client.SignInAsync(email, Accounts.Password);
        return (client, userId);
    }

    private async Task<(DateOnly? DueDate, DateOnly? BirthDate)> DatesOfAsync(string userId)
    {
        using var scope = factory.Services.CreateScope();
        var account = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.AsNoTracking()
            .SingleAsync(u => u.Id == userId, Ct);
        return (account.DueDate, account.BirthDate);
    }
}
