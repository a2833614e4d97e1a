using System.Net;
using System.Text.RegularExpressions;

namespace SopPublikasi.Module.Search;

/// <summary>How a query and an article's text are read, alike for every implementation of <see cref="ISearchIndex"/>.</summary>
public static partial class SearchWords
{
    /// <summary>Words of a query that are looked for; more are ignored.</summary>
    public const int MaxWords = 8;

    /// <summary>How many matches are counted at most; above it the site says "more than" (<see cref="SearchResult.TotalCapped"/>).</summary>
    public const int CountCap = 1000;

    /// <summary>The words of a query as the index sees them (letters and digits, lower case).</summary>
    public static IReadOnlyList<string> Of(string? query) =>
        [.. Word().Matches((query ?? string.Empty).ToLowerInvariant()).Select(m => m.Value).Distinct().Take(MaxWords)];

    /// <summary>The text of an article's HTML body, as it is indexed.</summary>
    public static string PlainText(string html) =>
        Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html ?? string.Empty, " ")), " ").Trim();

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.None, 1000)]
    private static partial Regex Word();

    [GeneratedRegex("<[^>]*>", RegexOptions.None, 1000)]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+", RegexOptions.None, 1000)]
    private static partial Regex Spaces();
}
