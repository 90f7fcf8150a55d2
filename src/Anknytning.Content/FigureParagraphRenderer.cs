using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Anknytning.Content;

/// <summary>Writes a figure paragraph as the prepared <c>&lt;figure&gt;</c>; every other paragraph as Markdig would.</summary>
internal sealed class FigureParagraphRenderer : ParagraphRenderer
{
    /// <summary>The key under which a figure paragraph carries its finished HTML.</summary>
    public static readonly object FigureHtml = new();

    protected override void Write(HtmlRenderer renderer, ParagraphBlock obj)
    {
        if (obj.GetData(FigureHtml) is string figure)
        {
            renderer.EnsureLine();
            renderer.Write(figure);
            return;
        }

        base.Write(renderer, obj);
    }
}
