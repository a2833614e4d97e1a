using System.Text;

namespace SopPublikasi.Module.CrossPosting.Composition;

/// <summary>
/// Tells whether a grapheme cluster is an emoji, which X counts as 2 however many code points it holds (a family,
/// a flag, a skin tone, a keycap). twitter-text uses a generated emoji regex; this approximates it with the emoji
/// blocks (U+1F000-U+1FAFF) and the BMP code points that have an emoji form. A miss costs little: a lone symbol
/// outside U+0000-U+10FF weighs 2 either way, only multi-code-point sequences are affected.
/// </summary>
internal static class EmojiCluster
{
    private const char PresentationSelector = '\uFE0F';

    private const char Keycap = '\u20E3';

    // BMP code points with an emoji presentation (Unicode emoji-data.txt, Emoji=Yes, outside ASCII).
    private static readonly (int First, int Last)[] BmpEmoji =
    [
        (0x00A9, 0x00A9), (0x00AE, 0x00AE), (0x203C, 0x203C), (0x2049, 0x2049), (0x2122, 0x2122), (0x2139, 0x2139),
        (0x2194, 0x2199), (0x21A9, 0x21AA), (0x231A, 0x231B), (0x2328, 0x2328), (0x23CF, 0x23CF), (0x23E9, 0x23F3),
        (0x23F8, 0x23FA), (0x24C2, 0x24C2), (0x25AA, 0x25AB), (0x25B6, 0x25B6), (0x25C0, 0x25C0), (0x25FB, 0x25FE),
        (0x2600, 0x27BF), (0x2934, 0x2935), (0x2B05, 0x2B07), (0x2B1B, 0x2B1C), (0x2B50, 0x2B50), (0x2B55, 0x2B55),
        (0x3030, 0x3030), (0x303D, 0x303D), (0x3297, 0x3297), (0x3299, 0x3299),
    ];

    public static bool IsEmoji(ReadOnlySpan<char> cluster)
    {
        if (cluster.IsEmpty || Rune.DecodeFromUtf16(cluster, out var rune, out _) != System.Buffers.OperationStatus.Done)
        {
            return false;
        }

        var first = rune.Value;
        if (first is >= 0x1F000 and <= 0x1FAFF)
        {
            return true;
        }

        if (first is '#' or '*' or (>= '0' and <= '9'))
        {
            return cluster.Contains(Keycap);
        }

        if (!BmpEmoji.Any(r => first >= r.First && first <= r.Last))
        {
            return false;
        }

        // © and ® are ordinary Latin-1 text (weight 1) unless asked to look like emoji.
        return first > 0x10FF || cluster.Contains(PresentationSelector);
    }
}
