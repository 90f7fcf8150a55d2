namespace Anknytning.Web.Features.Journal;

/// <summary>Marker for TimelineText.resx (Swedish) and TimelineText.da.resx: dates, timeline labels, suggestions and reflection prompts.</summary>
public sealed class TimelineText;
