using Anknytning.Content;
using Anknytning.Web.Features.Account;
using Anknytning.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Anknytning.Web.Features.Journal;

/// <summary>
/// The parent's due date and the baby's birth date, both optional: they place journal entries and home-page
/// suggestions on the timeline. Reads and writes match the signed-in account only.
/// </summary>
public sealed class DatesModel(ParentDates dates, IStringLocalizer<TimelineText> text)
    : PageModel, IDescribedPage
{
    // The window of plausible dates; see CheckWindow.
    private const int DueWeeksBack = 6;
    private const int DueWeeksBeforeBirth = 6;
    private const int DueWeeksAfterBirth = 20;

    // The fields' names, as asp-for writes them and the model binder reads them.
    private const string DueDateField = $"{nameof(Input)}.{nameof(InputModel.DueDate)}";
    private const string BirthDateField = $"{nameof(Input)}.{nameof(InputModel.BirthDate)}";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>Where the parent is today, from the saved dates; null without dates.</summary>
    public TimelinePosition? Position { get; private set; }

    /// <summary>Whether either date is saved (a due date far ahead has dates but no position yet).</summary>
    public bool HasDates { get; private set; }

    /// <summary>"Du är i vecka 28 av graviditeten.", "Ditt barn är 3 månader." …</summary>
    public string PositionText => Position switch
    {
        { Stage: TimelineStage.Pregnancy, Value: var week } => text["PositionPregnancy", week],
        { Stage: TimelineStage.Baby, Value: 0 } => text["PositionNewborn"],
        { Stage: TimelineStage.Baby, Value: 1 } => text["PositionOneMonth"],
        { Stage: TimelineStage.Baby, Value: var months } => text["PositionMonths", months],
        _ => HasDates ? text["PositionTooEarly"] : text["PositionNone"],
    };

    [TempData]
    public string? Notice { get; set; }

    public string PageTitle => text["DatesTitle"];

    public string PageDescription => text["DatesIntro"];

    /// <summary>Today as parents in Sweden and Denmark count days.</summary>
    public DateOnly Today => dates.Today;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await dates.FindAsync(User.GetUserId(), ct) is not { } saved)
        {
            return Challenge();
        }

        Input = new InputModel { DueDate = saved.DueDate, BirthDate = saved.BirthDate };
        ShowPosition(saved);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // A value the browser could not send as a date (no date picker): our words, not the framework's.
        foreach (var key in new[] { DueDateField, BirthDateField })
        {
            if (ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
            {
                entry.Errors.Clear();
                ModelState.AddModelError(key, text["InvalidDate"]);
            }
        }

        CheckWindow(Today);

        if (!ModelState.IsValid)
        {
            // The typed values stay in the form (from ModelState); the position shown is still the saved one.
            if (await dates.FindAsync(User.GetUserId(), ct) is { } saved)
            {
                ShowPosition(saved);
            }

            return Page();
        }

        await dates.SaveAsync(User.GetUserId(), new SavedDates(Input.DueDate, Input.BirthDate), ct);
        Notice = Input.DueDate is null && Input.BirthDate is null ? "Cleared" : "Saved";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostClearAsync(CancellationToken ct)
    {
        await dates.SaveAsync(User.GetUserId(), SavedDates.None, ct);
        Notice = "Cleared";
        return RedirectToPage();
    }

    /// <summary>
    /// Dates a parent of a baby or toddler can have: a birth within the last three years, a due date at most ten
    /// months ahead. Without a birth date the due date lies at most six weeks back (overdue, or born and not yet
    /// entered); beside one, it lies near the birth (born up to six weeks late or 20 weeks early).
    /// </summary>
    private void CheckWindow(DateOnly today)
    {
        var birth = Input.BirthDate;
        if (birth > today)
        {
            ModelState.AddModelError(BirthDateField, text["BirthDateInFuture"]);
            birth = null;
        }
        else if (birth < EarliestBirth(today))
        {
            ModelState.AddModelError(BirthDateField, text["BirthDateTooEarly"]);
            birth = null;
        }

        if (Input.DueDate is not { } due)
        {
            return;
        }

        if (due > LatestDue(today))
        {
            ModelState.AddModelError(DueDateField, text["DueDateTooLate"]);
        }
        else if (birth is { } born && (due < born.AddDays(-DueWeeksBeforeBirth * 7) || due > born.AddDays(DueWeeksAfterBirth * 7)))
        {
            ModelState.AddModelError(DueDateField, text["DueDateFarFromBirth"]);
        }
        else if (Input.BirthDate is null && due < today.AddDays(-DueWeeksBack * 7))
        {
            ModelState.AddModelError(DueDateField, text["DueDateTooEarly"]);
        }
    }

    /// <summary>The earliest birth date the form takes, for the hint and the date picker.</summary>
    public static DateOnly EarliestBirth(DateOnly today) => today.AddYears(-3);

    /// <summary>The latest due date the form takes.</summary>
    public static DateOnly LatestDue(DateOnly today) => today.AddMonths(10);

    private void ShowPosition(SavedDates saved)
    {
        HasDates = saved.HasAny;
        Position = saved.PositionOn(Today);
    }

    public sealed class InputModel
    {
        public DateOnly? DueDate { get; set; }

        public DateOnly? BirthDate { get; set; }
    }
}
