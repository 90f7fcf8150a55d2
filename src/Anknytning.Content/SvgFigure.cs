using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Anknytning.Content;

/// <summary>
/// One of our drawings in <c>content/figures</c>, checked once at start-up and inlined into lesson pages, so it
/// inherits the page's fonts and colours and costs no extra request.
/// </summary>
internal sealed partial class SvgFigure
{
    private readonly XElement drawing;

    private SvgFigure(string name, XElement drawing, IReadOnlyList<string> ids)
    {
        Name = name;
        this.drawing = drawing;
        Ids = ids;
    }

    /// <summary>The file name without <c>.svg</c>: <c>../figures/{Name}.svg</c> in the Markdown.</summary>
    public string Name { get; }

    /// <summary>The ids inside the drawing, prefixed with its name; they join the ids of the lesson that shows it.</summary>
    public IReadOnlyList<string> Ids { get; }

    public static Dictionary<string, SvgFigure> ReadAll(string contentRoot, ContentErrors errors)
    {
        var figures = new Dictionary<string, SvgFigure>(StringComparer.Ordinal);
        var folder = Path.Combine(contentRoot, "figures");
        if (!Directory.Exists(folder))
        {
            return figures;
        }

        foreach (var path in Directory.GetFiles(folder, "*.svg").Order(StringComparer.Ordinal))
        {
            if (Read(path, errors) is { } figure)
            {
                figures[figure.Name] = figure;
            }
        }

        return figures;
    }

    /// <summary>The figure as HTML: the drawing, named for screen readers by the alt text, and the caption under it.</summary>
    public string ToHtml(string alternativeText, string? caption, string? id)
    {
        var svg = new XElement(drawing);
        svg.SetAttributeValue("role", "img");
        svg.SetAttributeValue("aria-label", alternativeText);
        // aria-labelledby would win over aria-label; the alt text in the lesson is the name we promise.
        svg.SetAttributeValue("aria-labelledby", null);

        var html = new StringBuilder("<figure class=\"figure\"");
        if (id is not null)
        {
            html.Append(" id=\"").Append(Html.Encode(id)).Append('"');
        }

        html.Append(">\n").Append(svg.ToString(SaveOptions.DisableFormatting)).Append('\n');
        if (!string.IsNullOrWhiteSpace(caption))
        {
            html.Append("<figcaption>").Append(Html.Encode(caption.Trim())).Append("</figcaption>\n");
        }

        return html.Append("</figure>\n").ToString();
    }

    private static SvgFigure? Read(string path, ContentErrors errors)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        if (!ContentId.IsValid(name))
        {
            errors.Add(path, 0, $"figure file name '{name}' must be {ContentId.Rule}: it also prefixes the drawing's ids");
            return null;
        }

        XElement root;
        try
        {
            // The XML declaration and doctype stay behind: only the <svg> element is inlined. DTDs are never
            // processed, so no entity can expand or fetch anything.
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
            using var reader = XmlReader.Create(path, settings);
            root = XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace).Root!;
        }
        catch (XmlException e)
        {
            errors.Add(path, e.LineNumber, $"not well-formed SVG: {e.Message}");
            return null;
        }

        if (root.Name.LocalName != "svg")
        {
            errors.Add(path, LineOf(root), $"the drawing must be an <svg> element, not <{root.Name.LocalName}>");
            return null;
        }

        var safe = true;
        foreach (var element in root.DescendantsAndSelf())
        {
            foreach (var problem in Problems(element))
            {
                errors.Add(path, LineOf(element), problem);
                safe = false;
            }
        }

        if (!safe)
        {
            return null;
        }

        // Comments and processing instructions are for whoever edits the file, not for the page.
        root.DescendantNodes().Where(n => n is XComment or XProcessingInstruction).ToList().ForEach(n => n.Remove());
        return new SvgFigure(name, root, PrefixIds(root, name));
    }

    // We inline these files into pages parents read, so anything that runs code or fetches from elsewhere is
    // refused, even though the drawings are our own.
    private static IEnumerable<string> Problems(XElement element)
    {
        var name = element.Name.LocalName;
        if (name.Equals("script", StringComparison.OrdinalIgnoreCase))
        {
            yield return "<script> is not allowed in a figure";
        }

        if (name.Equals("foreignObject", StringComparison.OrdinalIgnoreCase))
        {
            yield return "<foreignObject> is not allowed in a figure";
        }

        if (name.Equals("style", StringComparison.OrdinalIgnoreCase)
            && (element.Value.Contains("@import", StringComparison.OrdinalIgnoreCase) || ExternalUrl().IsMatch(element.Value)))
        {
            yield return "a <style> in a figure may not import or point outside the figure";
        }

        foreach (var attribute in element.Attributes().Where(a => !a.IsNamespaceDeclaration))
        {
            var attributeName = attribute.Name.LocalName;
            if (attributeName.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            {
                yield return $"event attribute '{attributeName}' is not allowed in a figure";
            }
            else if (attributeName.Equals("href", StringComparison.OrdinalIgnoreCase) && !attribute.Value.StartsWith('#'))
            {
                yield return $"href '{attribute.Value}' may only point inside the figure (#id)";
            }
            else if (attributeName == "attributeName" && attribute.Value.EndsWith("href", StringComparison.OrdinalIgnoreCase))
            {
                yield return "animating href is not allowed in a figure";
            }
            else if (ExternalUrl().IsMatch(attribute.Value))
            {
                yield return $"'{attributeName}' may only use url(#id) inside the figure";
            }
        }
    }

    // Two drawings on one page would otherwise both own, say, id="arrow", and the second would use the
    // first one's marker. Prefixing with the file name keeps them apart; the same figure twice in a lesson
    // still collides and is reported as a duplicate id.
    private static List<string> PrefixIds(XElement root, string prefix)
    {
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in root.DescendantsAndSelf().Select(e => e.Attribute("id")).OfType<XAttribute>())
        {
            var newId = $"{prefix}-{id.Value}";
            renamed[id.Value] = newId;
            id.Value = newId;
        }

        if (renamed.Count == 0)
        {
            return [];
        }

        string Rename(string id) => renamed.TryGetValue(id, out var newId) ? newId : id;

        foreach (var element in root.DescendantsAndSelf())
        {
            foreach (var attribute in element.Attributes().Where(a => !a.IsNamespaceDeclaration && a.Name.LocalName != "id"))
            {
                attribute.Value = attribute.Name.LocalName switch
                {
                    "href" => "#" + Rename(attribute.Value[1..]),
                    "aria-labelledby" or "aria-describedby" =>
                        string.Join(' ', attribute.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Rename)),
                    _ => LocalUrl().Replace(attribute.Value, m => $"url(#{Rename(m.Groups["id"].Value)})"),
                };
            }

            if (element.Name.LocalName == "style")
            {
                foreach (var text in element.Nodes().OfType<XText>())
                {
                    text.Value = CssIdReference().Replace(text.Value, m => "#" + Rename(m.Groups["id"].Value));
                }
            }
        }

        return [.. renamed.Values];
    }

    private static int LineOf(XElement element) => ((IXmlLineInfo)element).LineNumber;

    [GeneratedRegex("""url\(\s*['"]?\s*(?!#)""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalUrl();

    [GeneratedRegex("""url\(\s*['"]?#(?<id>[^'")\s]+)['"]?\s*\)""", RegexOptions.IgnoreCase)]
    private static partial Regex LocalUrl();

    [GeneratedRegex(@"#(?<id>[A-Za-z_][\w-]*)")]
    private static partial Regex CssIdReference();
}
