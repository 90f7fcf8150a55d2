namespace Anknytning.Web.Features.Journal;

/// <summary>Marker for the journal's text (JournalText.resx in Swedish, JournalText.da.resx in Danish).</summary>
public sealed class JournalText;
