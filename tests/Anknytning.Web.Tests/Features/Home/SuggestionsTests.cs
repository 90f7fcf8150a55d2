using System.Globalization;
using Anknytning.Content;
using Anknytning.Web.Data;
using Anknytning.Web.Features.Journal;
using Anknytning.Web.Features.Progress;
using Anknytning.Web.Site;
using Anknytning.Web.Tests.Features.Progress;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anknytning.Web.Tests.Features.Home;

/// <summary>"Passar just nu" on the home page: lessons for where the parent is today, on the real app and content.</summary>
public sealed class SuggestionsTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    private static DateOnly Today => ReadingDates.Date(DateTimeOffset.UtcNow);

    [Theory]
    [InlineData("sv", "Passar just nu")]
    [InlineData("da", "Passer lige nu")]
    public async Task Parent_with_dates_gets_the_lessons_for_where_they_are_today(string language, string heading)
    {
        var (window, position) = SuggestedWindow();
        var (client, userId) = await SignedInAsync(language);
        await SetDatesAsync(userId, position);

        var page = await client.GetDocumentAsync("/", Ct);

        var section = page.QuerySelector("section.suggestions");
        Assert.NotNull(section);
        Assert.Equal(heading, section.QuerySelector("h2")?.TextContent);
        var expected = SuggestedLessons.For(Catalog.Lessons, position, language).Select(l => $"/lektion/{l.Id}");
        Assert.Equal(expected, section.QuerySelectorAll(".lesson-card-title a").Select(a => a.GetAttribute("href")));
        Assert.Contains(section.QuerySelectorAll(".lesson-card-title a"), a => Catalog.Lessons.Any(l => $"/lektion/{l.Id}" == a.GetAttribute("href") && l.SuggestedDuring.Contains(window)));
        var why = Why(position, language);
        Assert.All(section.QuerySelectorAll(".suggestion-why"), p => Assert.Equal(why, p.TextContent));
        Assert.NotNull(section.QuerySelector("a[href='/dagbok/datum']"));
        Assert.Null(page.QuerySelector(".timeline-invitation"));
    }

    [Fact]
    public async Task Suggestions_put_the_interface_language_first()
    {
        var (_, position) = SuggestedWindow();
        var (client, userId) = await SignedInAsync("da");
        await SetDatesAsync(userId, position);

        var page = await client.GetDocumentAsync("/", Ct);

        var languages = page.QuerySelectorAll("section.suggestions .lesson-card-title").Select(h => h.GetAttribute("lang")).ToList();
        Assert.Equal(languages.OrderBy(l => l == "da" ? 0 : 1), languages);
    }

    [Fact]
    public async Task Parent_without_dates_is_invited_to_give_them()
    {
        var (client, _) = await SignedInAsync("sv");

        var page = await client.GetDocumentAsync("/", Ct);

        Assert.Null(page.QuerySelector("section.suggestions"));
        var link = page.QuerySelector(".timeline-invitation a[href='/dagbok/datum']");
        Assert.Equal("Ange datum", link?.TextContent);
    }

    [Fact]
    public async Task Anonymous_reader_gets_neither_suggestions_nor_invitation()
    {
        var page = await factory.CreateBrowsingClient("sv").GetDocumentAsync("/", Ct);

        Assert.Empty(page.QuerySelectorAll("section.suggestions, .timeline-invitation"));
    }

    [Fact]
    public async Task Signed_in_home_page_asks_only_for_the_readers_own_rows()
    {
        var counter = new CommandCounter();
        await using var app = factory.WithClockAndCounter(TimeProvider.System, counter);
        var email = $"forslag-{Guid.NewGuid():N}@example.se";
        await factory.CreateAccountAsync(email);
        var client = app.CreateBrowsingClient("sv");
        await client.SignInAsync(email, Accounts.Password);
        counter.Clear();

        await client.GetDocumentAsync("/", Ct);

        Assert.Collection(
            counter.Commands,
            session => Assert.Contains("\"SignInSessions\"", session, StringComparison.Ordinal),
            read => Assert.Contains("\"SectionsRead\"", read, StringComparison.Ordinal),
            dates => Assert.Contains("\"AspNetUsers\"", dates, StringComparison.Ordinal));
    }

    private ILessonCatalog Catalog => factory.Services.GetRequiredService<ILessonCatalog>();

    /// <summary>A window some lesson in the real content is suggested for, and the position at its start.</summary>
    private (TimelineWindow Window, TimelinePosition Position) SuggestedWindow()
    {
        var window = Catalog.Lessons.SelectMany(l => l.SuggestedDuring).FirstOrDefault();
        Assert.SkipWhen(window is null, "No lesson has suggested_during yet.");
        return (window, new TimelinePosition(window.Stage, window.From));
    }

    private static string Why(TimelinePosition position, string language) => (position.Stage, position.Value, language) switch
    {
        (TimelineStage.Pregnancy, var week, "da") => $"til uge {week}",
        (TimelineStage.Pregnancy, var week, _) => $"för vecka {week}",
        (_, 0, "da") => "til dig med en nyfødt",
        (_, 0, _) => "för dig med en nyfödd",
        (_, 1, "da") => "når barnet er 1 måned",
        (_, 1, _) => "när barnet är 1 månad",
        (_, var months, "da") => $"når barnet er {months} måneder",
        (_, var months, _) => $"när barnet är {months} månader",
    };

    /// <summary>Dates that put the parent at the position today: a due date for a pregnancy week, a birth date for an age.</summary>
    private async Task SetDatesAsync(string userId, TimelinePosition position)
    {
        DateOnly? due = position.Stage == TimelineStage.Pregnancy ? Today.AddDays(280 - (7 * position.Value)) : null;
        DateOnly? birth = position.Stage == TimelineStage.Baby ? Today.AddMonths(-position.Value) : null;
        Assert.Equal(position, ParentTimeline.Position(due, birth, Today));
        using var scope = factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users
            .Where(u => u.Id == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.DueDate, due).SetProperty(u => u.BirthDate, birth), Ct);
    }

    private async Task<(HttpClient Client, string UserId)> SignedInAsync(string language)
    {
        var email = $"forslag-{Guid.NewGuid():N}@example.se";
        var userId = await factory.CreateAccountAsync(email);
        var client = factory.CreateBrowsingClient(language);
        await client.SignInAsync(email, Accounts.Password);
        return (client, userId);
    }
}

/// <summary>The suggestions component and its choice of lessons, with hand-made lessons.</summary>
public sealed class LessonSuggestionsComponentTests : ComponentTest
{
    private static readonly Lesson Late = MakeLesson("sista-veckorna", "sv", new TimelineWindow(TimelineStage.Pregnancy, 28, 42));
    private static readonly Lesson Danish = MakeLesson("de-sidste-uger", "da", new TimelineWindow(TimelineStage.Pregnancy, 30, 40));
    private static readonly Lesson Newborn = MakeLesson("nyfodd", "sv", new TimelineWindow(TimelineStage.Baby, 0, 2));
    private static readonly Lesson Never = MakeLesson("alltid", "sv");


    [Fact]
    public void Lessons_are_chosen_by_window_with_the_interface_language_first()
    {
        Lesson[] all = [Danish, Late, Newborn, Never];

        Assert.Equal([Late, Danish], SuggestedLessons.For(all, new(TimelineStage.Pregnancy, 30), "sv"));
        Assert.Equal([Danish, Late], SuggestedLessons.For(all, new(TimelineStage.Pregnancy, 40), "da"));
        Assert.Equal([Late], SuggestedLessons.For(all, new(TimelineStage.Pregnancy, 28), "da"));
        Assert.Empty(SuggestedLessons.For(all, new(TimelineStage.Pregnancy, 27), "sv"));
        Assert.Equal([Newborn], SuggestedLessons.For(all, new(TimelineStage.Baby, 2), "sv"));
        Assert.Empty(SuggestedLessons.For(all, new(TimelineStage.Baby, 3), "sv"));
    }

    [Theory]
    [InlineData("sv", TimelineStage.Pregnancy, 28, "för vecka 28")]
    [InlineData("da", TimelineStage.Pregnancy, 28, "til uge 28")]
    [InlineData("sv", TimelineStage.Baby, 0, "för dig med en nyfödd")]
    [InlineData("da", TimelineStage.Baby, 0, "til dig med en nyfødt")]
    [InlineData("sv", TimelineStage.Baby, 1, "när barnet är 1 månad")]
    [InlineData("da", TimelineStage.Baby, 2, "når barnet er 2 måneder")]
    public void Each_suggestion_says_why(string language, TimelineStage stage, int value, string why)
    {
        CultureInfo.CurrentUICulture = new CultureInfo(language);

        var rendered = Render<LessonSuggestions>(p => p
            .Add(c => c.Suggestions, [Late])
            .Add(c => c.Position, new TimelinePosition(stage, value))
            .Add(c => c.HasDates, true));

        Assert.Equal(why, rendered.Find("section.suggestions .suggestion-why").TextContent);
        Assert.Equal("/lektion/sista-veckorna", rendered.Find(".suggestion .lesson-card-title a").GetAttribute("href"));
        Assert.Equal(language == "da" ? "Passer lige nu" : "Passar just nu", rendered.Find("section.suggestions h2").TextContent);
    }

    [Fact]
    public void Without_dates_there_is_a_gentle_invitation()
    {
        var rendered = Render<LessonSuggestions>(p => p.Add(c => c.Suggestions, []).Add(c => c.HasDates, false));

        Assert.Empty(rendered.FindAll("section.suggestions"));
        Assert.Equal("/dagbok/datum", rendered.Find(".timeline-invitation a").GetAttribute("href"));
    }

    [Fact]
    public void Dates_without_a_fitting_lesson_show_nothing()
    {
        var rendered = Render<LessonSuggestions>(p => p
            .Add(c => c.Suggestions, [])
            .Add(c => c.Position, new TimelinePosition(TimelineStage.Baby, 30))
            .Add(c => c.HasDates, true));

        Assert.Empty(rendered.Markup.Trim());
    }

    private static Lesson MakeLesson(string id, string language, params TimelineWindow[] windows) => new(
        Id: id,
        Title: id,
        Language: language,
        ThemeIds: ["faser"],
        SourceId: "narhet",
        Order: 1,
        Summary: "Sammanfattning.",
        Aliases: [],
        Sections: [new Section("forsta", "Första", 2, "<p>Text.</p>", [])],
        Words: 400,
        FilePath: $"content/{language}/{id}.md")
    {
        SuggestedDuring = windows,
    };
}
