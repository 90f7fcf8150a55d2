using System.Net;
using AngleSharp.Dom;
using Anknytning.Web.Data;
using Anknytning.Web.Features.ReadingLists;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anknytning.Web.Tests.Features.ReadingLists;

/// <summary>What the reading-list tests share: health visitors, lists made through the editor's own form.</summary>
internal static class ReadingListsTesting
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Runs the administrator's command in-process, as <c>dotnet Anknytning.Web.dll health-visitor …</c> would.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> HealthVisitorCommandAsync(this AppFactory factory, params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = await HealthVisitorCommand.RunAsync(factory.Services, [HealthVisitorCommand.Name, .. args], output, errors);
        return (code, output.ToString(), errors.ToString());
    }

    /// <summary>A new account, made a health visitor with the command, and a client signed in to it.</summary>
    public static async Task<HttpClient> VisitorClientAsync(this AppFactory factory, string email, string language = "sv")
    {
        var client = await factory.SignedInClientAsync(email, language);
        var (code, _, errors) = await factory.HealthVisitorCommandAsync("grant", email);
        Assert.True(code == 0, errors);
        return client;
    }

    /// <summary>
    /// Fills in the new-list form as a visitor would: types the title and note and ticks the boxes of the given
    /// sections ("lesson-id/section-id"). Returns the address of the list's edit page.
    /// </summary>
    public static async Task<string> CreateListAsync(this HttpClient visitor, string title, string? note, params string[] sections)
    {
        var page = await visitor.GetDocumentAsync("/laslistor/ny", Ct);
        var (form, submitter) = page.FormPostingTo("/laslistor/ny");
        Tick(form, sections);
        var typed = new Dictionary<string, string> { ["Input.Title"] = title };
        if (note is not null)
        {
            typed["Input.Note"] = note;
        }

        using var response = await visitor.SubmitAsync(form, typed, submitter);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>Ticks exactly these section boxes on a list form, as a person clicking them would.</summary>
    public static void Tick(IElement form, IEnumerable<string> sections)
    {
        var wanted = sections.ToHashSet(StringComparer.Ordinal);
        var boxes = form.QuerySelectorAll("input[type=checkbox][name='Input.Sections']");
        Assert.All(wanted, w => Assert.Contains(boxes, b => b.GetAttribute("value") == w));
        foreach (var box in boxes)
        {
            if (wanted.Contains(box.GetAttribute("value")!))
            {
                box.SetAttribute("checked", "checked");
            }
            else
            {
                box.RemoveAttribute("checked");
            }
        }
    }

    /// <summary>The list's code as its edit page shows it.</summary>
    public static async Task<string> CodeOnEditPageAsync(this HttpClient visitor, string editPage)
    {
        var page = await visitor.GetDocumentAsync(editPage, Ct);
        var link = page.QuerySelectorAll(".list-editor-code a").First(a => a.GetAttribute("href")!.StartsWith("/l/", StringComparison.Ordinal));
        return link.GetAttribute("href")!["/l/".Length..];
    }

    /// <summary>Submits a GET form (the code form) the way a browser does: its fields as the query string.</summary>
    public static async Task<HttpResponseMessage> SubmitGetFormAsync(this HttpClient client, IElement form, Dictionary<string, string> typed)
    {
        var fields = form.FieldsToSend(typed);
        var query = string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
        return await client.GetAsync($"{form.GetAttribute("action")}?{query}", Ct);
    }

    public static async Task<ReadingList> ListInDatabaseAsync(this AppFactory factory, string code)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().ReadingLists.AsNoTracking()
            .Include(l => l.Items.OrderBy(i => i.Position))
            .SingleAsync(l => l.Code == code, Ct);
    }
}
