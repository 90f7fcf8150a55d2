using System.Net;
using Anknytning.Web.Features.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace Anknytning.Web.Tests;

/// <summary>Accounts for tests: created through Identity, signed in through the real sign-in form.</summary>
public static class Accounts
{
    public const string Password = "en lång och trygg mening";

    public static async Task<string> CreateAccountAsync(this AppFactory factory, string email)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
        var account = new UserAccount { UserName = email, Email = email, CreatedAt = DateTimeOffset.UtcNow };
        var result = await users.CreateAsync(account, Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return account.Id;
    }

    /// <summary>A new account and a client signed in to it (cookies kept, redirects not followed).</summary>
    public static async Task<HttpClient> SignedInClientAsync(this AppFactory factory, string email, string language = "sv")
    {
        await factory.CreateAccountAsync(email);
        var client = factory.CreateBrowsingClient(language);
        await client.SignInAsync(email, Password);
        return client;
    }

    /// <summary>Signs up through the register form, as a person would, with the tests' password.</summary>
    public static async Task RegisterAsync(this HttpClient client, string email)
    {
        using var response = await client.PostFormAsync("/konto/ny", new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
            ["Input.ConfirmPassword"] = Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>A Swedish client on <paramref name="app"/> that keeps its cookies in <paramref name="jar"/>, which another client may share.</summary>
    public static HttpClient ClientWithCookies(this WebApplicationFactory<Program> app, CookieContainer jar)
    {
        var client = app.CreateDefaultClient(new CookieContainerHandler(jar));
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("sv");
        return client;
    }

    public static async Task SignInAsync(this HttpClient client, string email, string password)
    {
        using var response = await client.PostFormAsync("/konto/logga-in", new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in answered {(int)response.StatusCode}");
    }

    /// <summary>
    /// Opens <paramref name="formPage"/> (or <paramref name="path"/>), finds the form on it that posts to
    /// <paramref name="path"/>, types the fields in and submits it as the page rendered it.
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string path, Dictionary<string, string> fields, string? formPage = null)
    {
        var page = await client.GetDocumentAsync(formPage ?? path, TestContext.Current.CancellationToken);
        var (form, submitter) = page.FormPostingTo(path);
        return await client.SubmitAsync(form, fields, submitter);
    }
}
