namespace Anknytning.Web.Site;

/// <summary>Marker for the site-wide UI text (SiteText.resx in Swedish, SiteText.da.resx in Danish).</summary>
public sealed class SiteText;
