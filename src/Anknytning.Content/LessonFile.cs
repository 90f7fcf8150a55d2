using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Yaml;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Anknytning.Content;

/// <summary>A link written in a lesson, kept until every lesson is known and it can be followed.</summary>
internal sealed record LinkUse(string Url, int Line);

/// <summary>
/// One lesson file, read and checked on its own: front matter, sections, figures, ids. What spans lessons
/// (addresses, themes, sources, links) the catalogue checks once all files are read.
/// </summary>
internal sealed partial class LessonFile(string path, ContentErrors errors)
{
    // Built once: a MarkdownPipeline is immutable, thread-safe and caches its renderers.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter().UseAdvancedExtensions().DisableHtml().Build();

    private readonly Dictionary<string, int> elementIds = new(StringComparer.Ordinal);
    private readonly List<LinkUse> links = [];

    public string Path => path;

    /// <summary>The front matter as written; empty when it could not be read (that error is already reported).</summary>
    public LessonFrontMatter Meta { get; private set; } = new();

    public FieldLines Fields { get; private set; } = FieldLines.None;

    public IReadOnlyList<Section> Sections { get; private set; } = [];

    /// <summary>When the lesson is suggested on the home page; only sound entries of <c>suggested_during</c>.</summary>
    public IReadOnlyList<TimelineWindow> SuggestedDuring { get; private set; } = [];

    /// <summary>Every id an element of the rendered lesson carries, with the line that gave it.</summary>
    public IReadOnlyDictionary<string, int> ElementIds => elementIds;

    public IReadOnlyList<LinkUse> Links => links;

    public static LessonFile Read(
        string path, string language, string contentRoot, IReadOnlyDictionary<string, SvgFigure> figures, ContentErrors errors)
    {
        var file = new LessonFile(path, errors);
        file.Parse(File.ReadAllText(path), language, contentRoot, figures);
        return file;
    }

    private void Parse(string markdown, string language, string contentRoot, IReadOnlyDictionary<string, SvgFigure> figures)
    {
        var lines = markdown.Split('\n');
        var document = Markdown.Parse(markdown, Pipeline);
        var bodyLine = ReadFrontMatter(document, language);

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<ParagraphRenderer>(new FigureParagraphRenderer());

        MoveListItemIds(document);
        FindPrompts(document, language);
        var sections = SplitIntoSections(document, lines, bodyLine);
        CollectIdsFiguresAndLinks(document, lines, contentRoot, figures, renderer, writer);

        var aliases = SectionAliases(sections);
        Sections =
        [
            .. sections.Select(s => new Section(
                s.Id,
                TitleOf(s.Heading, renderer, writer),
                s.Heading.Level,
                Render([.. s.Blocks.Where(b => !IsPrompt(b))], renderer, writer),
                aliases.TryGetValue(s.Id, out var old) ? old : [])
            {
                Prompts = ReadPrompts(s.Blocks, renderer, writer),
            }),
        ];
    }

    // Returns the 1-based line on which the body starts.
    private int ReadFrontMatter(MarkdownDocument document, string language)
    {
        if (document.Count == 0 || document[0] is not YamlFrontMatterBlock frontMatter)
        {
            errors.Add(path, 1, "no front matter: start the file with a --- line, the lesson's id, title, language, themes, source, order and summary, and another --- line");
            return 1;
        }

        var read = ContentYaml.Read<LessonFrontMatter>(frontMatter.Lines.ToString(), path, frontMatter.Line + 2, errors);
        Meta = read.Value ?? new LessonFrontMatter();
        Fields = read.Root is null ? new FieldLines(frontMatter.Line + 1, new Dictionary<string, int>()) : read.Fields;
        if (!read.Failed)
        {
            CheckFrontMatter(language);
        }

        return frontMatter.Line + frontMatter.Lines.Count + 3;
    }

    private void CheckFrontMatter(string language)
    {
        var meta = Meta;
        var fileName = System.IO.Path.GetFileNameWithoutExtension(path);
        if (meta.Id is null)
        {
            errors.Add(path, Fields.Start, $"front matter has no id (id: {fileName})");
        }
        else if (!ContentId.IsValid(meta.Id))
        {
            errors.Add(path, Fields["id"], $"lesson id '{meta.Id}' must be {ContentId.Rule}");
        }
        else if (meta.Id != fileName)
        {
            errors.Add(path, Fields["id"], $"lesson id '{meta.Id}' must match the file name ({meta.Id}.md)");
        }

        Require(meta.Title, "title");
        Require(meta.Summary, "summary");
        Require(meta.Source, "source");

        if (meta.Language is null)
        {
            errors.Add(path, Fields.Start, $"front matter has no language (language: {language})");
        }
        else if (meta.Language != language)
        {
            errors.Add(path, Fields["language"], $"language '{meta.Language}' must be '{language}', the folder the file is in");
        }

        if (meta.Themes is not { Count: > 0 })
        {
            errors.Add(path, Fields["themes"], "themes must list at least one theme id from themes.yml (themes: [a-theme])");
        }

        if (meta.Order is null)
        {
            errors.Add(path, Fields.Start, "front matter has no order (its position within the source: 1, 2, 3 …)");
        }
        else if (meta.Order <= 0)
        {
            errors.Add(path, Fields["order"], $"order must be 1 or more, not {meta.Order}");
        }

        var aliases = meta.Aliases ?? [];
        for (var i = 0; i < aliases.Count; i++)
        {
            if (!ContentId.IsValid(aliases[i]))
            {
                errors.Add(path, Fields[$"aliases.{i}"], $"alias '{aliases[i]}' must be {ContentId.Rule}");
            }
        }

        var windows = new List<TimelineWindow>();
        var suggested = meta.SuggestedDuring ?? [];
        for (var i = 0; i < suggested.Count; i++)
        {
            if (TimelineWindowText.Parse(suggested[i], out var problem) is { } window)
            {
                windows.Add(window);
            }
            else
            {
                errors.Add(path, Fields[$"suggested_during.{i}"], problem!);
            }
        }

        SuggestedDuring = windows;
    }

    private void Require(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(path, Fields[field], $"front matter has no {field}");
        }
    }

    // A tight list renders its paragraphs without <p>, and Markdig drops their attributes with the tag: the
    // {#ref-6} at the end of a list item would vanish. On the <li> the id survives, where a reader expects it.
    private static void MoveListItemIds(MarkdownDocument document)
    {
        foreach (var item in document.Descendants<ListItemBlock>())
        {
            if (item.Parent is ListBlock { IsLoose: false }
                && item.TryGetAttributes() is null
                && item.OfType<ParagraphBlock>().FirstOrDefault(p => p.TryGetAttributes() is not null) is { } paragraph)
            {
                item.SetAttributes(paragraph.GetAttributes());
                paragraph.SetAttributes(new HtmlAttributes());
            }
        }
    }

    private sealed record SectionDraft(HeadingBlock Heading, string Id, List<Block> Blocks);

    private List<SectionDraft> SplitIntoSections(MarkdownDocument document, string[] lines, int bodyLine)
    {
        var sections = new List<SectionDraft>();
        var reportedStart = false;
        foreach (var block in document.Where(b => b is not YamlFrontMatterBlock))
        {
            if (block is HeadingBlock { Level: 2 or 3 } heading)
            {
                if (sections.Count == 0 && heading.Level == 3 && !reportedStart)
                {
                    errors.Add(path, heading.Line + 1, "the text must start with a ## heading, not ###");
                    reportedStart = true;
                }

                var id = ExplicitId(heading, lines);
                if (id is null && !HasUnreadAttributes(heading))
                {
                    errors.Add(path, heading.Line + 1, "heading has no id: end it with one, like {#an-id}, that never changes");
                }

                sections.Add(new SectionDraft(heading, id ?? "", []));
                continue;
            }

            if (block is HeadingBlock other)
            {
                errors.Add(path, other.Line + 1, other.Level == 1
                    ? "# headings are not used: the lesson's title comes from the front matter; use ## or ###"
                    : $"level-{other.Level} heading is too deep: use ## or ###");
            }

            if (sections.Count > 0)
            {
                sections[^1].Blocks.Add(block);
            }
            else if (block is not LinkReferenceDefinitionGroup && !reportedStart)
            {
                errors.Add(path, block.Line + 1, "the text must start with a ## heading, so that all of it belongs to a section");
                reportedStart = true;
            }
        }

        if (sections.Count == 0 && !reportedStart)
        {
            errors.Add(path, bodyLine, "the lesson has no text: it must start with a ## heading");
        }

        // A heading inside a prompt has the prompt's own error.
        foreach (var nested in document.Descendants<HeadingBlock>().Where(h => h.Parent is not MarkdownDocument && !insidePrompts.Contains(h)))
        {
            errors.Add(path, nested.Line + 1, "a heading inside a list, quote or container cannot start a section: move it out");
        }

        return sections;
    }

    // Markdig's auto-identifiers give every heading an id; only one written as {#id} is stable enough to link to.
    private static string? ExplicitId(HeadingBlock heading, string[] lines) =>
        heading.Line < lines.Length && WrittenId().IsMatch(lines[heading.Line]) && !HasUnreadAttributes(heading)
            ? heading.TryGetAttributes()?.Id
            : null;

    // Markdig leaves an attribute block it cannot read (such as the one-letter {#x}) in the text, where the
    // reader would see it and no link could reach it.
    private static bool HasUnreadAttributes(LeafBlock block) => WrittenId().IsMatch(TrailingText(block));

    private static string TrailingText(LeafBlock block)
    {
        var text = "";
        for (var inline = block.Inline?.LastChild; inline is LiteralInline literal; inline = inline.PreviousSibling)
        {
            text = literal.Content.ToString() + text;
        }

        return text;
    }

    private void CollectIdsFiguresAndLinks(
        MarkdownDocument document,
        string[] lines,
        string contentRoot,
        IReadOnlyDictionary<string, SvgFigure> figures,
        HtmlRenderer renderer,
        StringWriter writer)
    {
        var figureImages = new HashSet<LinkInline>();
        foreach (var node in document.Descendants())
        {
            // A prompt's text is ours and plain; ReadPrompts checks it.
            if (insidePrompts.Contains(node))
            {
                continue;
            }

            if (node is CustomContainer prompt && prompts.Contains(prompt))
            {
                AddPromptId(prompt);
                continue;
            }

            if (node is LeafBlock leaf && HasUnreadAttributes(leaf))
            {
                errors.Add(path, leaf.Inline!.LastChild!.Line + 1, $"'{WrittenId().Match(TrailingText(leaf)).Value.Trim()}' was not read as an id: an id needs two or more characters, {ContentId.Rule}");
            }

            switch (node)
            {
                case HeadingBlock heading:
                    if (ExplicitId(heading, lines) is { } sectionId)
                    {
                        AddId(sectionId, heading.Line + 1, "section id");
                    }

                    continue;
                case ParagraphBlock paragraph when FigureImage(paragraph) is { } image:
                    figureImages.Add(image);
                    AddFigure(paragraph, image, contentRoot, figures, renderer, writer);
                    break;
                case LinkInline { IsImage: true } image when !figureImages.Contains(image):
                    errors.Add(path, image.Line + 1,
                        "an image must be a figure: a paragraph holding only ![text alternative](../figures/name.svg \"Caption\")");
                    break;
                case LinkInline { IsImage: false } link:
                    links.Add(new LinkUse(link.Url ?? "", link.Line + 1));
                    break;
                case AutolinkInline autolink:
                    links.Add(new LinkUse(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, autolink.Line + 1));
                    break;
            }

            if (node.TryGetAttributes()?.Id is { } id)
            {
                AddId(id, node.Line + 1, node is LinkInline image && figureImages.Contains(image) ? "figure id" : "id");
            }
        }
    }

    private void AddFigure(
        ParagraphBlock paragraph,
        LinkInline image,
        string contentRoot,
        IReadOnlyDictionary<string, SvgFigure> figures,
        HtmlRenderer renderer,
        StringWriter writer)
    {
        var line = image.Line + 1;
        var name = FigureAddress().Match(image.Url ?? "").Groups["name"].Value;
        if (!figures.TryGetValue(name, out var figure))
        {
            // A drawing that exists but was refused has its own error already.
            if (!File.Exists(System.IO.Path.Combine(contentRoot, "figures", name + ".svg")))
            {
                errors.Add(path, line, $"figure '{image.Url}' not found: there is no figures/{name}.svg");
            }

            return;
        }

        var alternativeText = InlineText(image, renderer, writer);
        if (alternativeText.Length == 0)
        {
            errors.Add(path, line, "figure has no text alternative: describe it in ![…](…) for readers who cannot see it");
        }

        var id = image.TryGetAttributes()?.Id ?? paragraph.TryGetAttributes()?.Id;
        paragraph.SetData(FigureParagraphRenderer.FigureHtml, figure.ToHtml(alternativeText, image.Title, id));
        foreach (var drawingId in figure.Ids)
        {
            AddId(drawingId, line, $"id (from figures/{name}.svg)", checkShape: false);
        }
    }

    // A paragraph is a figure when it holds one image of ../figures/{name}.svg and nothing else but spaces.
    private static LinkInline? FigureImage(ParagraphBlock paragraph)
    {
        LinkInline? image = null;
        foreach (var inline in paragraph.Inline ?? [])
        {
            switch (inline)
            {
                case LinkInline { IsImage: true } link when image is null:
                    image = link;
                    break;
                case LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                case LineBreakInline:
                    break;
                default:
                    return null;
            }
        }

        return image is not null && FigureAddress().IsMatch(image.Url ?? "") ? image : null;
    }

    private void AddId(string id, int line, string kind, bool checkShape = true)
    {
        if (checkShape && !ContentId.IsValid(id))
        {
            errors.Add(path, line, $"{kind} '{id}' must be {ContentId.Rule}");
        }

        if (!elementIds.TryAdd(id, line))
        {
            errors.Add(path, line, $"duplicate {kind} '{id}' (first used on line {elementIds[id]})");
        }
    }

    private Dictionary<string, List<string>> SectionAliases(List<SectionDraft> sections)
    {
        var aliases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (old, current) in Meta.SectionAliases ?? [])
        {
            var line = Fields[$"section_aliases.{old}"];
            if (!ContentId.IsValid(old))
            {
                errors.Add(path, line, $"section alias '{old}' must be {ContentId.Rule}");
            }
            else if (elementIds.ContainsKey(old))
            {
                errors.Add(path, line, $"section alias '{old}' is still an id in this lesson; an alias is a former id");
            }

            if (!sections.Any(s => s.Id == current))
            {
                errors.Add(path, line, $"section alias '{old}' points to '{current}', which is no section in this lesson");
                continue;
            }

            if (!aliases.TryGetValue(current, out var list))
            {
                aliases[current] = list = [];
            }

            list.Add(old);
        }

        return aliases;
    }

    private static string Render(List<Block> blocks, HtmlRenderer renderer, StringWriter writer)
    {
        // The renderer remembers whether it ended a line; settle that before clearing, so no section starts with "\n".
        renderer.EnsureLine();
        writer.GetStringBuilder().Clear();
        foreach (var block in blocks)
        {
            renderer.Render(block);
        }

        writer.Flush();
        return writer.ToString();
    }

    private static string TitleOf(HeadingBlock heading, HtmlRenderer renderer, StringWriter writer) =>
        heading.Inline is null ? "" : InlineText(heading.Inline, renderer, writer);

    private static string InlineText(ContainerInline inline, HtmlRenderer renderer, StringWriter writer)
    {
        writer.GetStringBuilder().Clear();
        renderer.WriteChildren(inline);
        writer.Flush();
        return PlainText.FromHtml(writer.ToString());
    }

    [GeneratedRegex(@"\{[^{}]*#[^{}]*\}\s*$")]
    private static partial Regex WrittenId();

    [GeneratedRegex(@"^\.\./figures/(?<name>[^/\\]+)\.svg$")]
    private static partial Regex FigureAddress();
}

/// <summary>A lesson's front matter as written. Everything is optional here, so a missing field becomes an error naming its line.</summary>
internal sealed class LessonFrontMatter
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? Language { get; set; }

    public List<string>? Themes { get; set; }

    public string? Source { get; set; }

    public int? Order { get; set; }

    public string? Summary { get; set; }

    public List<string>? Aliases { get; set; }

    public Dictionary<string, string>? SectionAliases { get; set; }

    public List<string?>? SuggestedDuring { get; set; }
}
