using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;
using Microsoft.Extensions.Options;

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
/// <para>
/// The work is bounded (<see cref="HtmlOptions"/>): the raw text is measured in one linear pass (length, start
/// tags, nesting depth) before any parser sees it, and the parsed tree is measured again before it is sanitized.
/// A body beyond a bound is refused with <see cref="Refusal"/>'s message (<see cref="Clean"/> throws
/// <see cref="HtmlRefusedException"/>), never cut: what the writer submitted is kept in the form.
/// </para>
/// </remarks>
public sealed partial class HtmlCleaner
{
    private static readonly HtmlParser Parser = new();
    /// <summary>Elements whose end tag may be left out: a second one opens beside the first, not inside it.</summary>
    private static readonly HashSet<string> ImpliedEnd = new(StringComparer.Ordinal)
    {
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp", "rtc",
    };

    /// <summary>The formatting elements of the HTML tree builder: reopened in each block while they are active.</summary>
    private static readonly HashSet<string> Formatting = new(StringComparer.Ordinal)
    {
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
    };

    /// <summary>Start tags before which the tree builder does not reopen active formatting elements (blocks, table parts).</summary>
    private static readonly HashSet<string> OpensNoFormatting = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure",
        "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section", "summary", "ul", "h1", "h2", "h3", "h4", "h5",
        "h6", "pre", "listing", "form", "li", "dd", "dt", "plaintext", "table", "hr", "caption", "colgroup", "col", "tbody", "thead",
        "tfoot", "tr", "td", "th", "html", "body", "head", "base", "link", "meta", "style", "script", "template", "title", "textarea",
        "xmp", "iframe", "noembed", "noframes", "noscript", "frameset", "frame",
    };

    /// <summary>Elements that never have content.</summary>
    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
    };

    private readonly HtmlSanitizer _sanitizer;
    private readonly HtmlOptions _limits;

    public HtmlCleaner()
        : this(new HtmlOptions())
    {
    }

    public HtmlCleaner(IOptions<HtmlOptions> options)
        : this((options ?? throw new ArgumentNullException(nameof(options))).Value)
    {
    }

    public HtmlCleaner(HtmlOptions limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        _limits = limits;
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

    public HtmlOptions Limits => _limits;

    /// <summary>Sanitized HTML; throws <see cref="HtmlRefusedException"/> when the body is beyond the bounds.</summary>
    public string Clean(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return string.Empty;
        }

        if (Refusal(html) is { } refusal)
        {
            throw new HtmlRefusedException(refusal);
        }

        using var document = Parser.ParseDocument(string.Empty);
        var body = document.Body!;
        body.InnerHtml = html;

        // The parser may build more than the text shows (implied elements, formatting reopened in each block).
        if (TreeRefusal(body) is { } treeRefusal)
        {
            throw new HtmlRefusedException(treeRefusal);
        }

        Normalize(body);
        return _sanitizer.Sanitize(body.InnerHtml).Trim();
    }

    /// <summary>
    /// Why <paramref name="html"/> is refused (Bahasa Indonesia, for beside the field), or null when it is within
    /// the bounds. One pass over the text, no parser: the length, the start tags, and how deep the elements nest
    /// (an end tag closes up to its element when it is open; an element whose end tag may be left out, such as p
    /// or li, closes an open one of its own name; void and self-closed elements do not nest).
    /// </summary>
    public string? Refusal(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return null;
        }

        if (html.Length > _limits.MaxLength)
        {
            return $"Isi terlalu panjang ({Number(html.Length)} karakter HTML); batasnya {Number(_limits.MaxLength)} karakter. Bagi menjadi beberapa tulisan atau hapus format yang tidak perlu.";
        }

        var open = new List<(string Name, string Key)>();
        var dangling = new List<(string Name, string Key)>();
        var elements = 0;
        var i = 0;
        var textFrom = 0;

        // Formatting elements closed by another element's end tag stay "active" in the HTML tree builder and are
        // opened again at the next text or start tag, in every block that follows: 95 distinct <i> left open in one
        // paragraph become 2.4 million elements over 199 KB of "<p>x</p>". They are counted where they reopen.
        string? Reopen()
        {
            if (dangling.Count == 0)
            {
                return null;
            }

            elements += dangling.Count;
            open.AddRange(dangling);
            dangling.Clear();
            return elements > _limits.MaxElements ? TooMany() : open.Count > _limits.MaxNestingDepth ? TooDeep() : null;
        }

        void Pop(int from, string? closedBy)
        {
            // An end tag of a cell or caption clears the formatting opened inside it (a marker in the spec).
            if (closedBy is not ("td" or "th" or "caption" or "template" or "object" or "marquee" or "applet"))
            {
                for (var k = from; k < open.Count; k++)
                {
                    var popped = open[k];
                    if ((k > from || closedBy is null) && Formatting.Contains(popped.Name) && dangling.Count(d => d.Key == popped.Key) < 3)
                    {
                        dangling.Add(popped); // at most three alike stay active ("Noah's Ark")
                    }
                }
            }

            open.RemoveRange(from, open.Count - from);
        }

        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            if (i > textFrom && Reopen() is { } textRefusal)
            {
                return textRefusal;
            }

            var next = html[i + 1];
            if (next == '!')
            {
                // A comment, or a doctype / conditional comment: nothing nests in it.
                var end = html.AsSpan(i).StartsWith("<!--", StringComparison.Ordinal) ? html.IndexOf("-->", i + 4, StringComparison.Ordinal) : html.IndexOf('>', i);
                i = textFrom = end < 0 ? html.Length : end + 1;
                continue;
            }

            var closing = next == '/';
            var start = closing ? i + 2 : i + 1;
            if (start >= html.Length || !char.IsAsciiLetter(html[start]))
            {
                i++;
                continue;
            }

            var nameEnd = start;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':' or '_'))
            {
                nameEnd++;
            }

            var name = html[start..nameEnd].ToLowerInvariant();
            var (tagEnd, selfClosed) = EndOfTag(html, nameEnd);
            i = textFrom = tagEnd;
            if (closing)
            {
                var at = open.FindLastIndex(o => o.Name == name);
                if (at >= 0)
                {
                    Pop(at, name);
                }
                else if (dangling.FindLastIndex(d => d.Name == name) is var stale and >= 0)
                {
                    dangling.RemoveAt(stale); // an end tag of an active element that is no longer open removes it
                }

                continue;
            }

            if (!OpensNoFormatting.Contains(name) && Reopen() is { } tagRefusal)
            {
                return tagRefusal;
            }

            if (++elements > _limits.MaxElements)
            {
                return TooMany();
            }

            if (selfClosed || Void.Contains(name))
            {
                continue;
            }

            if (ImpliedEnd.Contains(name) && open.FindLastIndex(o => o.Name == name) is var sibling and >= 0)
            {
                Pop(sibling, null);
            }

            open.Add((name, name + html[nameEnd..Math.Max(nameEnd, tagEnd - 1)]));
            if (open.Count > _limits.MaxNestingDepth)
            {
                return TooDeep();
            }
        }

        return textFrom < html.Length ? Reopen() : null;
    }

    private string? TreeRefusal(IElement body)
    {
        var elements = 0;
        var stack = new Stack<(IElement Element, int Depth)>();
        stack.Push((body, 0));
        while (stack.TryPop(out var entry))
        {
            if (entry.Depth > _limits.MaxNestingDepth)
            {
                return TooDeep();
            }

            if (entry.Depth > 0 && ++elements > _limits.MaxElements)
            {
                return TooMany();
            }

            foreach (var child in entry.Element.Children)
            {
                stack.Push((child, entry.Depth + 1));
            }
        }

        return null;
    }

    private string TooDeep() =>
        $"Isi bersarang terlalu dalam: lebih dari {Number(_limits.MaxNestingDepth)} elemen saling bertumpuk (misalnya huruf tebal di dalam huruf tebal berulang-ulang). Rapikan format teksnya, misalnya tempel ulang sebagai teks biasa, lalu simpan lagi.";

    private string TooMany() =>
        $"Isi memuat terlalu banyak elemen HTML (lebih dari {Number(_limits.MaxElements)}). Bagi menjadi beberapa tulisan atau hapus format yang tidak perlu.";

    private static string Number(int value) => value.ToString("N0", IndonesianTime.Culture);

    /// <summary>
    /// Where the tag whose name ends at <paramref name="from"/> ends (after its '&gt;'), and whether it ends with
    /// "/&gt;". A quote opens a quoted value only right after '=' (as the HTML tokenizer reads it); elsewhere it is
    /// an ordinary character, so a stray quote cannot hide the rest of the text from the count.
    /// </summary>
    private static (int End, bool SelfClosed) EndOfTag(string html, int from)
    {
        for (var j = from; j < html.Length; j++)
        {
            var c = html[j];
            if (c == '>')
            {
                return (j + 1, html[j - 1] == '/');
            }

            if (c != '=')
            {
                continue;
            }

            var v = j + 1;
            while (v < html.Length && char.IsWhiteSpace(html[v]))
            {
                v++;
            }

            if (v < html.Length && html[v] is '"' or '\'')
            {
                var close = html.IndexOf(html[v], v + 1);
                if (close < 0)
                {
                    return (html.Length, false);
                }

                j = close;
            }
            else
            {
                j = v - 1;
            }
        }

        return (html.Length, false);
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
