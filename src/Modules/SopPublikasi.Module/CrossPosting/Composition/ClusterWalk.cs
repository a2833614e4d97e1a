using System.Globalization;

namespace SopPublikasi.Module.CrossPosting.Composition;

/// <summary>Weighs a text one grapheme cluster at a time, with each URL counted as a fixed length (X, Mastodon).</summary>
internal static class ClusterWalk
{
    public delegate int ClusterWeight(ReadOnlySpan<char> cluster);

    public static int Sum(string text, int urlLength, ClusterWeight weigh)
    {
        var urls = UrlPattern.Find(text);
        var next = 0;
        var total = 0;
        var index = 0;
        while (index < text.Length)
        {
            if (next < urls.Count && urls[next].Index == index)
            {
                total += urlLength;
                index += urls[next].Length;
                next++;
                continue;
            }

            var length = StringInfo.GetNextTextElementLength(text, index);

            // A cluster never swallows the start of a URL, so that no URL is skipped.
            if (next < urls.Count && urls[next].Index < index + length)
            {
                length = urls[next].Index - index;
            }

            total += weigh(text.AsSpan(index, length));
            index += length;
        }

        return total;
    }
}
