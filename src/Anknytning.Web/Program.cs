using Anknytning.Web.Features.Lessons;
using Anknytning.Web.Site;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = PublishedFolder.ContentRoot });
builder.AddSerilogLogging();
builder.Services.AddSite();
builder.Services.AddLessons();
builder.Services.AddRazorPages().WithRazorPagesRoot("/Features");

var app = builder.Build();
app.UseSiteDefaults();
app.UseLessons();
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapSiteEndpoints();
app.MapLessonEndpoints();
app.Run();
