namespace Anknytning.Web.Site;

public static class PublishedFolder
{
    /// <summary>
    /// A published folder holds everything (settings, wwwroot, content), so it is the content root wherever
    /// `dotnet /srv/anknytning/Anknytning.Web.dll` is started from. A build output is not complete, so
    /// `dotnet run` and the tests keep the default: the project folder.
    /// </summary>
    public static string? ContentRoot =>
        Directory.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot")) ? AppContext.BaseDirectory : null;
}
