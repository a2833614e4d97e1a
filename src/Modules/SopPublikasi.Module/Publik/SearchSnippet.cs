using System.Net;
using System.Text.RegularExpressions;

namespace SopPublikasi.Module.Publik;

/// <summary>A short excerpt of an article around the searched words, HTML-encoded, with the words in &lt;mark&gt;.</summary>
public static partial class SearchSnippet
{
    public const int Radius = 90;

    public static string Make(string summary, string bodyHtml, string query)
    {
        var text = WebUtility.HtmlDecode(Tags().Replace(bodyHtml ?? string.Empty, " "));
        text = Spaces().Replace(summary + " " + text, " ").Trim();
        var words = (query ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var at = words.Select(w => text.IndexOf(w, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, at - Radius);
        var length = Math.Min(text.Length - start, 2 * Radius);
        var excerpt = string.Concat(start > 0 ? "… " : string.Empty, text.AsSpan(start, length), start + length < text.Length ? " …" : string.Empty);
        var encoded = WebUtility.HtmlEncode(excerpt);
        foreach (var word in words.Where(w => w.Length > 1).Select(w => WebUtility.HtmlEncode(w)!).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            encoded = Regex.Replace(encoded, Regex.Escape(word), m => "<mark>" + m.Value + "</mark>", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        }

        return encoded;
    }

    [GeneratedRegex("<[^>]*>", RegexOptions.None, 1000)]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+", RegexOptions.None, 1000)]
    private static partial Regex Spaces();
}
