using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SopPublikasi.Module.Materi.Diff;

/// <summary>The readable text of sanitized HTML, one line per block (paragraph, heading, list item), images as "[gambar: alt]".</summary>
public static class BodyText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "tr", "figure", "figcaption", "ul", "ol", "table", "section", "article",
    };

    public static string FromHtml(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var parser = new HtmlParser();
        var document = parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var nodes = parser.ParseFragment(html, document.Body!);
        var text = new StringBuilder();
        foreach (var node in nodes)
        {
            Walk(node, text);
        }

        var lines = text.ToString().Split('\n').Select(l => string.Join(' ', l.Split(' ', '\t', '\r', '\u00a0').Where(w => w.Length > 0))).Where(l => l.Length > 0);
        return string.Join('\n', lines);
    }

    private static void Walk(INode node, StringBuilder text)
    {
        switch (node)
        {
            case IText t:
                text.Append(t.Data.Replace('\n', ' '));
                return;
            case IElement { LocalName: "br" }:
                text.Append('\n');
                return;
            case IElement { LocalName: "img" } img:
                text.Append(" [gambar: ").Append(img.GetAttribute("alt") ?? string.Empty).Append("] ");
                return;
            case IElement { LocalName: "td" or "th" }:
                text.Append(' ');
                break;
        }

        var block = node is IElement e && Blocks.Contains(e.LocalName);
        if (block)
        {
            text.Append('\n');
        }

        foreach (var child in node.ChildNodes)
        {
            Walk(child, text);
        }

        if (block)
        {
            text.Append('\n');
        }
    }
}
