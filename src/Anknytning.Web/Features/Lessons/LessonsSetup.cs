using System.ComponentModel.DataAnnotations;
using Anknytning.Content;
using Anknytning.Web.Site;
using Microsoft.Extensions.Options;

namespace Anknytning.Web.Features.Lessons;

public sealed class LessonsOptions
{
    /// <summary>The content folder; relative paths are resolved from the app's own folder, where the build copies it.</summary>
    [Required]
    public string ContentPath { get; set; } = "content";
}

public static partial class LessonsSetup
{
    public static IServiceCollection AddLessons(this IServiceCollection services)
    {
        services.AddOptions<LessonsOptions>().BindConfiguration("Lessons").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ILessonCatalog>(sp =>
        {
            var path = sp.GetRequiredService<IOptions<LessonsOptions>>().Value.ContentPath;
            return LessonCatalog.Load(Path.GetFullPath(path, AppContext.BaseDirectory));
        });
        services.AddSingleton<ThemeStylesheet>();
        return services;
    }

    /// <summary>
    /// Builds the catalogue now, before anything else starts, so a broken lesson stops the app at start-up rather
    /// than a parent's visit, and before the database is created or migrated. False after a content error: each
    /// mistake is logged as its own line, <c>file:line: message</c>, with no stack trace for an author to read past.
    /// </summary>
    public static bool LoadLessons(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(LessonsSetup).FullName!);
        try
        {
            var catalog = app.Services.GetRequiredService<ILessonCatalog>();
            app.Services.GetRequiredService<ThemeStylesheet>();
            LogLoaded(logger, catalog.Lessons.Count, catalog.Themes.Count, catalog.Sources.Count);
            return true;
        }
        catch (ContentException e)
        {
            foreach (var error in e.Errors.Count > 0 ? e.Errors.Select(x => x.ToString()) : [e.Message])
            {
                LogContentError(logger, error);
            }

            LogNotStarted(logger, Math.Max(e.Errors.Count, 1));
            return false;
        }
    }

    public static WebApplication MapLessonEndpoints(this WebApplication app)
    {
        // A short, speakable address for one section: /lektion/heling/i-terapi. It always lands on the
        // section's current place, also when the section id was later renamed (aliases).
        app.MapGet("/lektion/{lessonId}/{sectionId}", (string lessonId, string sectionId, ILessonCatalog catalog) =>
        {
            var lesson = catalog.FindLesson(lessonId);
            var section = lesson?.FindSection(sectionId);
            return lesson is null || section is null
                ? Results.NotFound()
                : Results.Redirect(Addresses.Lesson(lesson.Id, section.Id));
        });

        app.MapGet("/css/themes.css", (ThemeStylesheet stylesheet, HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.Text(stylesheet.Css, "text/css; charset=utf-8");
        });
        return app;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Lessons} lessons in {Themes} themes from {Sources} sources")]
    private static partial void LogLoaded(ILogger logger, int lessons, int themes, int sources);

    [LoggerMessage(Level = LogLevel.Error, Message = "{ContentError}")]
    private static partial void LogContentError(ILogger logger, string contentError);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The app did not start: {Count} content error(s) above. Fix content/ and start again")]
    private static partial void LogNotStarted(ILogger logger, int count);
}
