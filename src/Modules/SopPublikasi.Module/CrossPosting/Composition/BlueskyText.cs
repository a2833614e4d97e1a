using System.Globalization;
using System.Text;

namespace SopPublikasi.Module.CrossPosting.Composition;

/// <summary>A link in a Bluesky post: its UTF-8 byte range in the text (end exclusive) and its address.</summary>
public sealed record BlueskyLink(int ByteStart, int ByteEnd, string Uri);

/// <summary>
/// How Bluesky reads a post's text: its length is counted in grapheme clusters (an emoji family or a flag is one),
/// every character of a link included (Bluesky does not shorten links), and a link is only a link when a
/// <c>app.bsky.richtext.facet#link</c> names its range in UTF-8 bytes, not in UTF-16 chars.
/// </summary>
public static class BlueskyText
{
    public static int Graphemes(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new StringInfo(text).LengthInTextElements;
    }

    public static int Bytes(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Encoding.UTF8.GetByteCount(text);
    }

    /// <summary>The http(s) links of <paramref name="text"/> with their UTF-8 byte ranges, in order.</summary>
    public static IReadOnlyList<BlueskyLink> Links(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var links = new List<BlueskyLink>();
        var (chars, bytes) = (0, 0);
        foreach (var (index, length) in UrlPattern.Find(text))
        {
            bytes += Encoding.UTF8.GetByteCount(text.AsSpan(chars, index - chars));
            var uri = text.Substring(index, length);
            var end = bytes + Encoding.UTF8.GetByteCount(uri);
            links.Add(new BlueskyLink(bytes, end, uri));
            (chars, bytes) = (index + length, end);
        }

        return links;
    }
}
