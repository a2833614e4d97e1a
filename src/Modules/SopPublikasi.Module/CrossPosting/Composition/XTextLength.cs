using System.Text;

namespace SopPublikasi.Module.CrossPosting.Composition;

/// <summary>
/// The length X checks against its 280 limit, following twitter-text (configuration v3): the text is NFC-normalised,
/// every http(s) URL counts as the t.co length, an emoji grapheme cluster (including ZWJ sequences such as a family
/// and flags) counts 2 in total, and every other code point counts 1 in U+0000-U+10FF, U+2000-U+200D,
/// U+2010-U+201F, U+2032-U+2037 and 2 elsewhere (CJK, most symbols). Counting locally means a too-long post is
/// shortened before sending instead of being refused by X.
/// </summary>
public static class XTextLength
{
    /// <summary>The t.co length X counts for each URL.</summary>
    public const int DefaultUrlLength = 23;

    private static readonly (int First, int Last)[] LightRanges =
    [
        (0x0000, 0x10FF), (0x2000, 0x200D), (0x2010, 0x201F), (0x2032, 0x2037),
    ];

    /// <summary>The weighted length of <paramref name="text"/>, with each URL counting <paramref name="urlLength"/>.</summary>
    public static int Count(string text, int urlLength = DefaultUrlLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(urlLength);
        var normalized = text.Normalize(NormalizationForm.FormC);
        return ClusterWalk.Sum(normalized, urlLength, cluster => EmojiCluster.IsEmoji(cluster) ? 2 : CodePointWeight(cluster));
    }

    private static int CodePointWeight(ReadOnlySpan<char> cluster)
    {
        var weight = 0;
        foreach (var rune in cluster.EnumerateRunes())
        {
            var value = rune.Value;
            weight += LightRanges.Any(r => value >= r.First && value <= r.Last) ? 1 : 2;
        }

        return weight;
    }
}
