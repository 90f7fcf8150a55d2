using System.Net;
using System.Net.Sockets;

namespace Anknytning.Web.Site;

/// <summary>Whom a per-client budget (password attempts, opening reading lists by code) counts against.</summary>
public static class ClientNetwork
{
    /// <summary>
    /// The client's address after UseForwardedHeaders, which trusts only the proxies named in configuration; for
    /// IPv6 its /64 network. A home line or a phone gets a whole /64, so counting each address apart would give a
    /// guesser about 18 billion billion fresh budgets.
    /// </summary>
    public static string Of(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return $"{new IPAddress(bytes)}/64";
    }
}
