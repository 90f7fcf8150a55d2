namespace Anknytning.BrowserTests.Pages;

/// <summary>Creating an account, "/konto/ny": e-mail, password twice, one button.</summary>
public sealed class RegisterPage(IPage page)
{
    public IPage Page => page;

    public ILocator Email => page.Locator("input[name='Input.Email']");

    public ILocator Password => page.Locator("input[name='Input.Password']");

    public ILocator ConfirmPassword => page.Locator("input[name='Input.ConfirmPassword']");

    public ILocator Submit => page.Locator("form.form button[type=submit]");

    /// <summary>Opens the form; after registering, the app sends the new reader back to <paramref name="returnUrl"/>.</summary>
    public static async Task<RegisterPage> OpenAsync(IPage page, string returnUrl)
    {
        var path = $"/konto/ny?returnUrl={Uri.EscapeDataString(returnUrl)}";
        var response = await page.GotoAsync(path);
        Assert.True(response is { Ok: true }, $"GET {path} answered {response?.Status}.");
        return new RegisterPage(page);
    }

    public async Task RegisterAsync(string email, string password)
    {
        await Email.FillAsync(email);
        await Password.FillAsync(password);
        await ConfirmPassword.FillAsync(password);
        await Submit.ClickAsync();
    }
}
