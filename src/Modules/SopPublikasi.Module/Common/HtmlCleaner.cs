using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace SopPublikasi.Module.Common;

/// <summary>
/// Sanitizes stored HTML (HtmlSanitizer): scripts, event handlers, javascript: URLs and foreign markup from
/// pasted Word and Google Docs documents are removed; ordinary formatting, links, lists, tables and images stay.
/// </summary>
/// <remarks>
/// Clipboard HTML from office programs carries its formatting in style attributes and wrapper elements: Word's
/// mso- classes and styles, &lt;o:p&gt; and conditional comments; Google Docs' &lt;b id="docs-internal-guid-…"&gt;
/// around everything and spans with font-weight/font-style. Bold and italic spans become &lt;strong&gt;/&lt;em&gt;,
/// the other wrappers are unwrapped, and paragraphs left with no text are dropped.
/// </remarks>
public sealed partial class HtmlCleaner
{
    private static readonly HtmlParser Parser = new();
    private readonly HtmlSanitizer _sanitizer;

    public HtmlCleaner()
    {
        _sanitizer = new HtmlSanitizer();
        _sanitizer.AllowedSchemes.Clear();
        _sanitizer.AllowedSchemes.UnionWith(["http", "https", "mailto", "tel"]);
        _sanitizer.AllowedAttributes.Remove("style");
        _sanitizer.AllowedAttributes.Remove("class");
        _sanitizer.AllowedAttributes.Remove("id");
        _sanitizer.AllowedAttributes.Remove("dir");
        _sanitizer.AllowedAttributes.Remove("lang");
        _sanitizer.AllowedTags.Remove("form");
        _sanitizer.AllowedTags.Remove("button");
        _sanitizer.AllowedTags.Remove("input");
        _sanitizer.AllowedTags.Remove("textarea");
        _sanitizer.AllowedTags.Remove("select");
        _sanitizer.AllowedTags.Remove("font");
        _sanitizer.PostProcessDom += (_, e) => Tidy(e.Document.Body);
    }

    public string Clean(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return string.Empty;
        }

        using var document = Parser.ParseDocument(string.Empty);
        var body = document.Body!;
        body.InnerHtml = html;
        Normalize(body);
        return _sanitizer.Sanitize(body.InnerHtml).Trim();
    }

    /// <summary>True when sanitized HTML has no visible text and no image.</summary>
    public static bool IsEmpty(string html) =>
        string.IsNullOrWhiteSpace(Regex.Replace(html ?? string.Empty, "<[^>]*>|&nbsp;", " ", RegexOptions.None, TimeSpan.FromSeconds(1)))
        && !(html ?? string.Empty).Contains("<img", StringComparison.OrdinalIgnoreCase);

    /// <summary>The images of cleaned HTML that have no (or only blank) alt text, by their src.</summary>
    public static IReadOnlyList<string> ImagesWithoutAlt(string html)
    {
        using var document = Parser.ParseDocument(string.Empty);
        document.Body!.InnerHtml = html ?? string.Empty;
        return [.. document.Body.QuerySelectorAll("img")
            .Where(img => string.IsNullOrWhiteSpace(img.GetAttribute("alt")))
            .Select(img => img.GetAttribute("src") ?? string.Empty)];
    }

    /// <summary>Before sanitizing: meaning that office programs keep only in styles becomes markup.</summary>
    private static void Normalize(IElement body)
    {
        // Google Docs wraps the whole clipboard in a bold element that is not bold.
        foreach (var wrapper in body.QuerySelectorAll("b[id^='docs-internal-guid']").ToList())
        {
            Unwrap(wrapper);
        }

        // Word's list markers ("1.", "·" in the Symbol font) are kept as text by Word; the bullet glyphs are noise.
        foreach (var marker in body.QuerySelectorAll("span").Where(s => Style(s).Contains("mso-list:ignore", StringComparison.Ordinal)).ToList())
        {
            if (marker.TextContent.Trim() is "·" or "o" or "§" or "•" or "")
            {
                marker.Remove();
            }
        }

        foreach (var span in body.QuerySelectorAll("span").ToList())
        {
            var style = Style(span);
            IElement inner = span;
            if (BoldStyle().IsMatch(style))
            {
                inner = WrapChildren(inner, "strong");
            }

            if (style.Contains("font-style:italic", StringComparison.Ordinal))
            {
                WrapChildren(inner, "em");
            }
        }
    }

    /// <summary>After sanitizing: attribute-less wrappers unwrapped, empty paragraphs and anchors dropped.</summary>
    private static void Tidy(IElement? body)
    {
        if (body is null)
        {
            return;
        }

        foreach (var span in body.QuerySelectorAll("span").ToList())
        {
            Unwrap(span);
        }

        foreach (var anchor in body.QuerySelectorAll("a:not([href])").ToList())
        {
            Unwrap(anchor);
        }

        foreach (var paragraph in body.QuerySelectorAll("p").ToList())
        {
            if (string.IsNullOrWhiteSpace(paragraph.TextContent.Replace('\u00A0', ' ')) && paragraph.QuerySelector("img") is null)
            {
                paragraph.Remove();
            }
        }

        // Line breaks standing between blocks (Google Docs puts one after each paragraph group) show as gaps.
        foreach (var gap in body.Children.Where(c => c.LocalName == "br" && IsBlock(PreviousNonBlank(c))).ToList())
        {
            gap.Remove();
        }

        body.Normalize();
    }

    private static INode? PreviousNonBlank(INode node)
    {
        var previous = node.PreviousSibling;
        while (previous is { NodeType: NodeType.Text } && string.IsNullOrWhiteSpace(previous.TextContent))
        {
            previous = previous.PreviousSibling;
        }

        return previous;
    }

    private static bool IsBlock(INode? node) =>
        node is IElement { LocalName: "p" or "ul" or "ol" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "table" or "blockquote" or "div" };

    private static string Style(IElement element) =>
        (element.GetAttribute("style") ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();

    private static IElement WrapChildren(IElement parent, string tag)
    {
        var wrapper = parent.Owner!.CreateElement(tag);
        while (parent.FirstChild is { } child)
        {
            wrapper.AppendChild(child);
        }

        parent.AppendChild(wrapper);
        return wrapper;
    }

    private static void Unwrap(IElement element)
    {
        var parent = element.Parent;
        if (parent is null)
        {
            return;
        }

        while (element.FirstChild is { } child)
        {
            parent.InsertBefore(child, element);
        }

        element.Remove();
    }

    [GeneratedRegex("font-weight:(bold|bolder|[6-9]00)", RegexOptions.None, 1000)]
    private static partial Regex BoldStyle();
}
