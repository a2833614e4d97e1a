using System.Text.RegularExpressions;

namespace SopPublikasi.Module.CrossPosting.Composition;

/// <summary>
/// Finds http(s) URLs the way X and Mastodon do closely enough to count them: a URL runs to the next space and
/// loses trailing punctuation (and an unbalanced closing parenthesis), so "lihat https://a.id/x." counts the dot
/// as text. Both networks count every URL as a fixed number of characters, whatever its length.
/// </summary>
internal static partial class UrlPattern
{
    private const string TrailingPunctuation = ".,;:!?'\"";

    /// <summary>Start index and length of each URL, in order.</summary>
    public static List<(int Index, int Length)> Find(string text)
    {
        var found = new List<(int Index, int Length)>();
        foreach (Match match in Url().Matches(text))
        {
            var url = match.ValueSpan;
            while (url.Length > 0 && (TrailingPunctuation.Contains(url[^1], StringComparison.Ordinal) || (url[^1] == ')' && url.Count('(') < url.Count(')'))))
            {
                url = url[..^1];
            }

            found.Add((match.Index, url.Length));
        }

        return found;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}_@#$/.])https?://[^\s<>""]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Url();
}
