namespace Anknytning.Web.Features.Sharing;

/// <summary>Marker for the sharing feature's texts: SharingText.resx (Swedish) and SharingText.da.resx.</summary>
public sealed class SharingText;
