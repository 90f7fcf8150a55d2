using System.Net;
using Anknytning.Web.Site;
using Microsoft.AspNetCore.Http;

namespace Anknytning.Web.Tests.Site;

/// <summary>A per-client budget counts an IPv4 address alone and an IPv6 address with its whole /64.</summary>
public sealed class ClientNetworkTests
{
    [Theory]
    [InlineData("198.51.100.7", "198.51.100.7")]
    [InlineData("::ffff:198.51.100.7", "198.51.100.7")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2:a:b:c:d", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:3::1", "2001:db8:1:3::/64")]
    public void A_budget_counts_an_ipv4_address_and_an_ipv6_network(string address, string counted)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);

        Assert.Equal(counted, ClientNetwork.Of(context));
    }

    [Fact]
    public void A_request_without_an_address_shares_one_budget()
    {
        Assert.Equal("unknown", ClientNetwork.Of(new DefaultHttpContext()));
    }
}
