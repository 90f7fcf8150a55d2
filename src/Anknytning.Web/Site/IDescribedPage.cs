namespace Anknytning.Web.Site;

/// <summary>What every page tells the layout: its title and its description for search engines and link previews.</summary>
public interface IDescribedPage
{
    string PageTitle { get; }

    string PageDescription { get; }
}
