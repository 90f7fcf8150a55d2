namespace Anknytning.Web.Site;

/// <summary>Where to go back to after signing in: only an address on this site, so a link can't send anyone away.</summary>
public static class SafeReturn
{
    public static string To(string? returnUrl) => IsLocal(returnUrl) ? returnUrl! : "/";

    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
