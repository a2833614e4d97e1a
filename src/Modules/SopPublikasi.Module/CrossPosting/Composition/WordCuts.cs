using System.Globalization;

namespace SopPublikasi.Module.CrossPosting.Composition;

/// <summary>
/// Where a title or summary may be cut: after a whole word, so a URL or hashtag inside the text is never cut in
/// half. Text without any space (Chinese, Japanese) is cut between grapheme clusters instead. Positions rather
/// than strings, so a very long summary costs a few cuts during the search, not one string per word.
/// </summary>
internal static class WordCuts
{
    public const string Ellipsis = "…";

    // Left dangling before the ellipsis, these read as mistakes: "Rapat dinas, …" becomes "Rapat dinas…".
    private static readonly char[] Dangling = [',', ';', ':', '.', '-', '–', '—', '(', '/'];

    /// <summary>Cut positions in ascending order, the whole text not included.</summary>
    public static List<int> Positions(string text)
    {
        var cuts = new List<int>();
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && char.IsWhiteSpace(text[i + 1]))
            {
                cuts.Add(i + 1);
            }
        }

        if (cuts.Count == 0 && !text.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            cuts.AddRange(StringInfo.ParseCombiningCharacters(text).Skip(1));
        }

        return cuts;
    }

    /// <summary>The text up to <paramref name="position"/> with an ellipsis, or empty when nothing worth keeping is left.</summary>
    public static string Cut(string text, int position)
    {
        var kept = text[..position].TrimEnd().TrimEnd(Dangling).TrimEnd();
        return kept.Length == 0 ? string.Empty : kept + Ellipsis;
    }
}
