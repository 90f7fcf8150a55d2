using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Anknytning.Web.Tests;

/// <summary>
/// Forms submitted the way a browser submits them: to the form's own action, with the fields it rendered (its own
/// antiforgery token among them) and what the person typed. A test can't add a field the form does not have.
/// </summary>
public static class Forms
{
    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client, IElement form, Dictionary<string, string>? typed = null, IElement? submitter = null)
    {
        var fields = form.FieldsToSend(typed ?? new Dictionary<string, string>());
        if (submitter?.GetAttribute("name") is { Length: > 0 } name)
        {
            fields.Add(new(name, submitter.GetAttribute("value") ?? ""));
        }

        var action = submitter?.GetAttribute("formaction") ?? form.GetAttribute("action") ?? form.Owner!.Url;
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(Resolve(form.Owner!, action), content, TestContext.Current.CancellationToken);
    }

    /// <summary>The form on the page that posts to <paramref name="path"/> (by its action, or a button's formaction).</summary>
    public static (IElement Form, IElement? Submitter) FormPostingTo(this IDocument page, string path)
    {
        var target = Resolve(page, path);
        foreach (var form in page.QuerySelectorAll("form[method=post]"))
        {
            if (Resolve(page, form.GetAttribute("action") ?? page.Url) == target)
            {
                return (form, null);
            }

            if (form.QuerySelectorAll("button[formaction]").FirstOrDefault(b => Resolve(page, b.GetAttribute("formaction")!) == target) is { } button)
            {
                return (form, button);
            }
        }

        throw new InvalidOperationException($"No form on {page.Url} posts to {path}.");
    }

    /// <summary>Every field a browser would send: checked boxes only, the selected option, nothing disabled.</summary>
    public static List<KeyValuePair<string, string>> FieldsToSend(this IElement form, IReadOnlyDictionary<string, string> typed)
    {
        var named = form.QuerySelectorAll("input[name], textarea[name], select[name]")
            .Where(e => !e.HasAttribute("disabled"))
            .ToList();
        foreach (var name in typed.Keys.Where(k => named.All(e => e.GetAttribute("name") != k)))
        {
            throw new InvalidOperationException($"The form has no field named {name}.");
        }

        var fields = new List<KeyValuePair<string, string>>();
        var filled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in named)
        {
            var name = element.GetAttribute("name")!;
            var type = element.GetAttribute("type")?.ToLowerInvariant();
            if (type is "submit" or "button" or "reset" or "image")
            {
                continue;
            }

            if (type is "checkbox" or "radio")
            {
                var value = element.GetAttribute("value") ?? "on";
                var isChecked = typed.TryGetValue(name, out var wanted)
                    ? wanted == value || (type == "checkbox" && wanted is "true" or "on")
                    : element.HasAttribute("checked");
                if (isChecked)
                {
                    fields.Add(new(name, value));
                    filled.Add(name);
                }

                continue;
            }

            var current = element switch
            {
                IHtmlTextAreaElement area => area.Value,
                IHtmlSelectElement select => select.Value ?? "",
                _ => element.GetAttribute("value") ?? "",
            };
            // The first field of a name takes what was typed; a later hidden one (a checkbox's "false") keeps its own.
            var value2 = typed.TryGetValue(name, out var text) && filled.Add(name) ? text : current;
            fields.Add(new(name, value2));
        }

        return fields;
    }

    private static string Resolve(IDocument page, string address) => new Uri(new Uri(page.Url), address).PathAndQuery;
}
