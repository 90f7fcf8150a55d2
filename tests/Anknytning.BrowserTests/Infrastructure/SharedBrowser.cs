namespace Anknytning.BrowserTests.Infrastructure;

/// <summary>All browser tests share one app and one Chromium, and run one at a time on a two-core machine.</summary>
[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Shared browser";
}
