using System.Globalization;
using System.Text;
using SopPublikasi.Module.CrossPosting.Composition;

namespace SopPublikasi.Module.CrossPosting.Networks.Threads;

/// <summary>
/// The length Threads checks against its 500 characters. Meta documents one rule beyond "characters": an emoji counts
/// as the number of its UTF-8 bytes (😀 is 4, ☀️ is 6, a family sequence 18). URLs are not counted specially (no
/// reserved length is documented), so a link counts its characters. Other text counts its UTF-16 code units: Meta does
/// not define "character", and code units never count less than code points or grapheme clusters, so a post measured
/// here can only be refused for being too short, never sent too long.
/// </summary>
public static class ThreadsTextLength
{
    public static int Count(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var total = 0;
        var index = 0;
        while (index < text.Length)
        {
            var length = StringInfo.GetNextTextElementLength(text, index);
            var cluster = text.AsSpan(index, length);
            total += EmojiCluster.IsEmoji(cluster) ? Math.Max(Encoding.UTF8.GetByteCount(cluster), length) : length;
            index += length;
        }

        return total;
    }
}
