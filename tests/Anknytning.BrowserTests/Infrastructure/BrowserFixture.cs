namespace Anknytning.BrowserTests.Infrastructure;

/// <summary>
/// One running app and one headless Chromium, shared by the browser tests; each test opens its own context,
/// so cookies and storage never leak from one test to the next.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium; the fixture installs it when missing (ensure-chromium.sh). Playwright never downloads one.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Long enough for a slow CI machine, short enough that a broken page fails fast.</summary>
    public const int TimeoutMilliseconds = 30_000;

    private static readonly string[] ChromiumArguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    private readonly AppServer server = new();
    private IPlaywright? playwright;
    private IBrowser? browser;

    public Uri BaseAddress => server.BaseAddress;

    /// <summary>The running app's services, for what an administrator does outside the browser (the role command).</summary>
    public IServiceProvider Services => server.Services;

    public async ValueTask InitializeAsync()
    {
        await EnsureChromiumAsync();

        server.Start();
        SetDefaultExpectTimeout(TimeoutMilliseconds);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArguments,
            Timeout = 30_000,
        });
    }

    /// <summary>
    /// `dotnet test` alone sets up a fresh Debian machine: when Chromium is missing, ensure-chromium.sh installs
    /// Debian's package (as root). A plain build never runs apt-get.
    /// </summary>
    private static async Task EnsureChromiumAsync()
    {
        if (File.Exists(ChromiumPath))
        {
            return;
        }

        var script = Path.Combine(AppContext.BaseDirectory, "ensure-chromium.sh");
        using var install = System.Diagnostics.Process.Start("sh", [script])
            ?? throw new InvalidOperationException("Could not start ensure-chromium.sh.");
        await install.WaitForExitAsync();
        if (install.ExitCode != 0 || !File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {ChromiumPath} and it could not be installed. " +
                "On Debian: sudo apt-get update && sudo apt-get install -y chromium");
        }
    }

    /// <summary>A fresh browser context on the app: Swedish browser, no cookies, relative URLs allowed.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        if (browser is null)
        {
            throw new InvalidOperationException("The browser fixture has not been initialized.");
        }

        options ??= new BrowserNewContextOptions();
        options.BaseURL = BaseAddress.ToString();
        options.Locale ??= "sv-SE";
        var context = await browser.NewContextAsync(options);
        context.SetDefaultTimeout(TimeoutMilliseconds);
        context.SetDefaultNavigationTimeout(TimeoutMilliseconds);
        return context;
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        await server.DisposeAsync();
    }
}
