namespace Anknytning.Web.Features.Lessons;

/// <summary>Marker for the lessons' UI text (LessonsText.resx in Swedish, LessonsText.da.resx in Danish).</summary>
public sealed class LessonsText;
