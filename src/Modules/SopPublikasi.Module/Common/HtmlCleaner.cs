using Ganss.Xss;

namespace SopPublikasi.Module.Common;

/// <summary>
/// Sanitizes stored HTML (HtmlSanitizer): scripts, event handlers, javascript: URLs and foreign markup from
/// pasted Word documents are removed; ordinary formatting, links, lists, tables and images stay.
/// </summary>
public sealed class HtmlCleaner
{
    private readonly HtmlSanitizer _sanitizer;

    public HtmlCleaner()
    {
        _sanitizer = new HtmlSanitizer();
        _sanitizer.AllowedSchemes.Clear();
        _sanitizer.AllowedSchemes.UnionWith(["http", "https", "mailto", "tel"]);
        _sanitizer.AllowedAttributes.Remove("style");
        _sanitizer.AllowedAttributes.Remove("class");
        _sanitizer.AllowedTags.Remove("form");
        _sanitizer.AllowedTags.Remove("button");
        _sanitizer.AllowedTags.Remove("input");
        _sanitizer.AllowedTags.Remove("textarea");
        _sanitizer.AllowedTags.Remove("select");
    }

    public string Clean(string? html) => _sanitizer.Sanitize(html ?? string.Empty).Trim();

    /// <summary>True when sanitized HTML has no visible text and no image.</summary>
    public static bool IsEmpty(string html) =>
        string.IsNullOrWhiteSpace(System.Text.RegularExpressions.Regex.Replace(html ?? string.Empty, "<[^>]*>|&nbsp;", " ", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)))
        && !(html ?? string.Empty).Contains("<img", StringComparison.OrdinalIgnoreCase);
}
