namespace Anknytning.Web.Features.Search;

/// <summary>Marker for SearchText.resx (Swedish) and SearchText.da.resx (Danish).</summary>
public sealed class SearchText;
