using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Anknytning.Web.Tests;

/// <summary>
/// Submits a form exactly as the page rendered it: its own action (or the page's address when it has none), its
/// own fields and hidden inputs, its own antiforgery token. Only the given values are changed.
/// </summary>
internal static class RenderedForms
{
    public static async Task<HttpResponseMessage> SubmitRenderedFormAsync(
        this HttpClient client, IDocument page, string selector, Dictionary<string, string>? values = null)
    {
        var form = page.QuerySelector<IHtmlFormElement>(selector) ?? throw new InvalidOperationException($"No form '{selector}' on {page.Url}.");
        Assert.Equal("post", form.Method, ignoreCase: true);
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio", IsChecked: false }:
                case IHtmlInputElement { Type: "submit" or "button" }:
                    break;
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    fields.Add(new(input.Name, input.Value));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name, area.Value));
                    break;
                default:
                    break;
            }
        }

        foreach (var (name, value) in values ?? [])
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }

        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(form.Action).PathAndQuery, content, TestContext.Current.CancellationToken);
    }
}
