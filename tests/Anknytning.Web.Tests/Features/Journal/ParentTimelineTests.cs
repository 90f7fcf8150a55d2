using Anknytning.Content;
using Anknytning.Web.Features.Journal;

namespace Anknytning.Web.Tests.Features.Journal;

public sealed class ParentTimelineTests
{
    private static readonly DateOnly Due = new(2025, 6, 15);

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static TimelinePosition Pregnancy(int week) => new(TimelineStage.Pregnancy, week);

    private static TimelinePosition Baby(int months) => new(TimelineStage.Baby, months);

    [Fact]
    public void Due_date_itself_is_week_40()
    {
        Assert.Equal(Pregnancy(40), ParentTimeline.Position(Due, null, Due));
        Assert.Equal(Pregnancy(39), ParentTimeline.Position(Due, null, Due.AddDays(-1)));
    }

    [Fact]
    public void Pregnancy_starts_280_days_before_the_due_date_and_nothing_comes_before()
    {
        Assert.Equal(Pregnancy(0), ParentTimeline.Position(Due, null, Due.AddDays(-280)));
        Assert.Equal(Pregnancy(0), ParentTimeline.Position(Due, null, Due.AddDays(-274)));
        Assert.Equal(Pregnancy(1), ParentTimeline.Position(Due, null, Due.AddDays(-273)));
        Assert.Null(ParentTimeline.Position(Due, null, Due.AddDays(-281)));
    }

    [Fact]
    public void Week_28_is_twelve_weeks_before_the_due_date()
    {
        Assert.Equal(Pregnancy(28), ParentTimeline.Position(Due, null, Due.AddDays(-84)));
    }

    [Fact]
    public void Weeks_41_and_42_follow_the_due_date_while_there_is_no_birth_date()
    {
        Assert.Equal(Pregnancy(41), ParentTimeline.Position(Due, null, Due.AddDays(7)));
        Assert.Equal(Pregnancy(42), ParentTimeline.Position(Due, null, Due.AddDays(14)));
        Assert.Equal(Pregnancy(42), ParentTimeline.Position(Due, null, Due.AddDays(20)));
    }

    [Fact]
    public void More_than_42_weeks_without_a_birth_date_counts_the_baby_from_the_due_date()
    {
        Assert.Equal(Baby(0), ParentTimeline.Position(Due, null, Due.AddDays(21)));
        Assert.Equal(Baby(3), ParentTimeline.Position(Due, null, Due.AddMonths(3)));
    }

    [Fact]
    public void Day_before_the_birth_is_pregnancy_and_the_birth_day_is_newborn()
    {
        var birth = D("2025-06-05");

        Assert.Equal(Pregnancy(38), ParentTimeline.Position(Due, birth, birth.AddDays(-1)));
        Assert.Equal(Baby(0), ParentTimeline.Position(Due, birth, birth));
    }

    [Fact]
    public void Late_birth_keeps_counting_pregnancy_weeks_until_the_birth_day()
    {
        var birth = Due.AddDays(22);

        Assert.Equal(Pregnancy(43), ParentTimeline.Position(Due, birth, birth.AddDays(-1)));
        Assert.Equal(Baby(0), ParentTimeline.Position(Due, birth, birth));
    }

    [Fact]
    public void Birth_date_alone_places_the_baby_and_stands_in_for_the_due_date_before()
    {
        var birth = D("2025-03-10");

        Assert.Equal(Baby(2), ParentTimeline.Position(null, birth, D("2025-05-10")));
        Assert.Equal(Pregnancy(39), ParentTimeline.Position(null, birth, birth.AddDays(-1)));
    }

    [Fact]
    public void No_dates_is_no_position()
    {
        Assert.Null(ParentTimeline.Position(null, null, Due));
    }

    [Theory]
    [InlineData("2025-01-31", "2025-02-27", 0)]
    [InlineData("2025-01-31", "2025-02-28", 1)]
    [InlineData("2024-01-31", "2024-02-28", 0)]
    [InlineData("2024-01-31", "2024-02-29", 1)]
    [InlineData("2025-03-31", "2025-04-29", 0)]
    [InlineData("2025-03-31", "2025-04-30", 1)]
    [InlineData("2025-03-15", "2025-04-14", 0)]
    [InlineData("2025-03-15", "2025-04-15", 1)]
    [InlineData("2024-02-29", "2025-02-28", 12)]
    [InlineData("2024-02-29", "2025-02-27", 11)]
    [InlineData("2024-12-20", "2025-01-19", 0)]
    [InlineData("2024-12-20", "2025-01-20", 1)]
    public void Baby_age_is_in_completed_months_across_month_ends_and_leap_years(string birth, string day, int months)
    {
        Assert.Equal(Baby(months), ParentTimeline.Position(null, D(birth), D(day)));
    }

    [Theory]
    [InlineData(TimelineStage.Pregnancy, 28, "sv", "vecka 28")]
    [InlineData(TimelineStage.Pregnancy, 28, "da", "uge 28")]
    [InlineData(TimelineStage.Baby, 0, "sv", "nyfödd")]
    [InlineData(TimelineStage.Baby, 0, "da", "nyfødt")]
    [InlineData(TimelineStage.Baby, 3, "sv", "3 mån")]
    [InlineData(TimelineStage.Baby, 3, "da", "3 mdr")]
    public void Labels_speak_the_readers_language(TimelineStage stage, int value, string language, string label)
    {
        Assert.Equal(label, new TimelinePosition(stage, value).Label(language));
    }

    [Theory]
    [InlineData(TimelineStage.Baby, 1, "sv", "1 månad")]
    [InlineData(TimelineStage.Baby, 1, "da", "1 måned")]
    [InlineData(TimelineStage.Baby, 3, "sv", "3 månader")]
    [InlineData(TimelineStage.Baby, 3, "da", "3 måneder")]
    [InlineData(TimelineStage.Baby, 0, "sv", "nyfödd")]
    [InlineData(TimelineStage.Pregnancy, 28, "da", "uge 28")]
    public void Labels_are_spoken_in_full_words(TimelineStage stage, int value, string language, string spoken)
    {
        Assert.Equal(spoken, new TimelinePosition(stage, value).Spoken(language));
    }
}
