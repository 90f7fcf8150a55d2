using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Anknytning.Content;

// Reflection prompts: our own questions, written in the lesson as a custom container
//
//   ::: reflektion {#varfor-narhet}
//   Vad väcker texten om barnets behov av närhet hos dig?
//   :::
//
// They leave the section's Html (the page shows them itself, after the section) and become Section.Prompts.
internal sealed partial class LessonFile
{
    public const int LongestPrompt = 300;

    private const string PromptExample = "::: reflektion {#an-id}";

    // Containers that are reflection prompts, and everything inside them, which is not lesson text.
    private readonly HashSet<CustomContainer> prompts = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<MarkdownObject> insidePrompts = new(ReferenceEqualityComparer.Instance);

    private static bool IsPromptName(string? name, string language) =>
        name == "reflektion" || (language == "da" && name == "refleksion");

    private static string PromptNames(string language) =>
        language == "da" ? "'::: reflektion' or '::: refleksion'" : "'::: reflektion'";

    // Any other container would render as a bare <div>, and a misspelt prompt would quietly become lesson text.
    private void FindPrompts(MarkdownDocument document, string language)
    {
        foreach (var container in document.Descendants<CustomContainer>())
        {
            var line = container.Line + 1;
            if (!IsPromptName(container.Info, language))
            {
                errors.Add(path, line, $"unknown container '::: {container.Info}': the only one is {PromptNames(language)}, a reflection prompt");
            }
            else if (container.Parent is not MarkdownDocument)
            {
                errors.Add(path, line, "a reflection prompt cannot stand inside a list, quote or another container: move it out, between the paragraphs of its section");
            }
            else
            {
                prompts.Add(container);
                insidePrompts.UnionWith(container.Descendants());
            }
        }
    }

    private bool IsPrompt(Block block) => block is CustomContainer container && prompts.Contains(container);

    private void AddPromptId(CustomContainer prompt)
    {
        if (prompt.TryGetAttributes()?.Id is { Length: > 0 } id)
        {
            AddId(id, prompt.Line + 1, "prompt id");
        }
    }

    /// <summary>The prompts among a section's blocks, in order; each is checked, and only sound ones are kept.</summary>
    private List<ReflectionPrompt> ReadPrompts(IEnumerable<Block> blocks, HtmlRenderer renderer, StringWriter writer)
    {
        var read = new List<ReflectionPrompt>();
        foreach (var prompt in blocks.OfType<CustomContainer>().Where(prompts.Contains))
        {
            if (ReadPrompt(prompt, renderer, writer) is { } sound)
            {
                read.Add(sound);
            }
        }

        return read;
    }

    private ReflectionPrompt? ReadPrompt(CustomContainer prompt, HtmlRenderer renderer, StringWriter writer)
    {
        var line = prompt.Line + 1;
        var id = prompt.TryGetAttributes()?.Id;
        var arguments = prompt.Arguments?.Trim() ?? "";
        if (arguments.Length > 0)
        {
            // Markdig keeps what it could not read as attributes, such as a one-letter {#x} or a bare word.
            errors.Add(path, line, WrittenId().IsMatch(arguments)
                ? $"'{arguments}' was not read as an id: an id needs two or more characters, {ContentId.Rule}"
                : $"'{arguments}' after '::: {prompt.Info}' is not read: write the prompt's id as {{#an-id}}, like {PromptExample}");
        }
        else if (string.IsNullOrEmpty(id))
        {
            errors.Add(path, line, $"reflection prompt has no id: write one on its first line, like {PromptExample}, that never changes");
        }

        if (prompt.ClosingFencedCharCount == 0)
        {
            // Everything after it, headings included, fell into the prompt; its content says nothing useful.
            errors.Add(path, line, "reflection prompt is not closed: end it with a line holding only :::");
            return null;
        }

        var paragraphs = new List<string>();
        foreach (var block in prompt)
        {
            if (block is not ParagraphBlock paragraph)
            {
                errors.Add(path, block.Line + 1, "a reflection prompt holds plain text only: no headings, lists, quotes, figures or code");
                return null;
            }

            if (paragraph.TryGetAttributes() is not null || HasUnreadAttributes(paragraph))
            {
                errors.Add(path, paragraph.Line + 1, $"a reflection prompt's id goes on its first line, like {PromptExample}");
                return null;
            }

            if (paragraph.Inline?.Descendants<Inline>().FirstOrDefault(i => i is not (LiteralInline or LineBreakInline or HtmlEntityInline)) is { } markup)
            {
                errors.Add(path, markup.Line + 1, "a reflection prompt holds plain text only: no emphasis, links, images or code");
                return null;
            }

            paragraphs.Add(paragraph.Inline is null ? "" : InlineText(paragraph.Inline, renderer, writer));
        }

        var text = PlainText.Collapse(string.Join(' ', paragraphs));
        if (text.Length == 0)
        {
            errors.Add(path, line, "reflection prompt has no text: write the question between the ::: lines");
            return null;
        }

        if (text.Length > LongestPrompt)
        {
            errors.Add(path, line, $"reflection prompt is {text.Length} characters long; keep it to {LongestPrompt}, a question a parent can answer in a few lines");
            return null;
        }

        return string.IsNullOrEmpty(id) || arguments.Length > 0 ? null : new ReflectionPrompt(id, text);
    }
}
