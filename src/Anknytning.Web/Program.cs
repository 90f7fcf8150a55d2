using Anknytning.Web.Data;
using Anknytning.Web.Features.Account;
using Anknytning.Web.Features.Journal;
using Anknytning.Web.Features.Lessons;
using Anknytning.Web.Features.Progress;
using Anknytning.Web.Features.Search;
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

var app = builder.Build();
// Operators' commands run instead of the site: `dotnet Anknytning.Web.dll migrate`.
if (args is ["migrate"])
{
    return app.RunMigrateCommand();
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
app.UseOutputCache();
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapSiteEndpoints();
app.MapLessonEndpoints();
app.Run();
return 0;
