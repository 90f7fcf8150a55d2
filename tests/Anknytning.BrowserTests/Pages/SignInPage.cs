namespace Anknytning.BrowserTests.Pages;

/// <summary>Signing in, "/konto/logga-in": e-mail, password, one button.</summary>
public sealed class SignInPage(IPage page)
{
    public IPage Page => page;

    public ILocator Email => page.Locator("input[name='Input.Email']");

    public ILocator Password => page.Locator("input[name='Input.Password']");

    public ILocator Submit => page.Locator("form.form button[type=submit]");

    /// <summary>Opens the form; after signing in, the app sends the reader back to <paramref name="returnUrl"/>.</summary>
    public static async Task<SignInPage> OpenAsync(IPage page, string returnUrl)
    {
        var path = $"/konto/logga-in?returnUrl={Uri.EscapeDataString(returnUrl)}";
        var response = await page.GotoAsync(path);
        Assert.True(response is { Ok: true }, $"GET {path} answered {response?.Status}.");
        return new SignInPage(page);
    }

    public async Task SignInAsync(string email, string password)
    {
        await Email.FillAsync(email);
        await Password.FillAsync(password);
        await Submit.ClickAsync();
    }
}
