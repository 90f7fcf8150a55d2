using Anknytning.Web.Data;
using Anknytning.Web.Features.Account;
using Anknytning.Web.Features.Journal;
using Anknytning.Web.Features.Lessons;
using Anknytning.Web.Features.Progress;
using Anknytning.Web.Features.ReadingLists;
using Anknytning.Web.Features.Search;
using Anknytning.Web.Features.Sharing;
using Anknytning.Web.Site;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = PublishedFolder.ContentRoot });
builder.AddSerilogLogging();
builder.Services.AddSite();
builder.AddSiteDataProtection();
builder.Services.AddRazorPages().WithRazorPagesRoot("/Features").AddSiteValidationText();
builder.Services.AddDatabase();
builder.Services.AddLessons();
builder.Services.AddAccounts();
builder.Services.AddProgress();
builder.Services.AddJournal();
builder.Services.AddSearch();
builder.Services.AddSharing();
builder.Services.AddReadingLists();

var app = builder.Build();
// An administrator's command (migrate, health-visitor grant <email> …) runs instead of the site and exits.
if (app.FindCommand(args) is { } command)
{
    return await command();
}

// Content first: a broken lesson stops start-up (exit code 1) before the database is created or migrated.
if (!app.LoadLessons())
{
    return 1;
}

app.UseSearch();
app.UseSiteDefaults();
app.UseDatabase();
app.UseAccounts();
// After sign-in is known: a cached page is never stored from, nor served to, a signed-in reader.
app.UseAnonymousPageCache();
// Inside the cache, so that a cached page is kept compressed, once per encoding, not compressed again at each visit.
app.UseResponseCompression();
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapSiteEndpoints();
app.MapLessonEndpoints();
app.MapSharingEndpoints();
app.Run();
return 0;
