namespace Anknytning.Web.Features.ReadingLists;

/// <summary>Marker for ReadingListsText.resx (Swedish) and ReadingListsText.da.resx.</summary>
public sealed class ReadingListsText;
