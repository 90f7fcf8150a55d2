namespace Anknytning.Web.Features.Progress;

/// <summary>Marker for the reading-progress text (ProgressText.resx in Swedish, ProgressText.da.resx in Danish).</summary>
public sealed class ProgressText;
