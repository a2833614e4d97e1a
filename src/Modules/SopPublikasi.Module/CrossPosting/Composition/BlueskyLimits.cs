using System.ComponentModel.DataAnnotations;

namespace SopPublikasi.Module.CrossPosting.Composition;

/// <summary>Bluesky's limits (docs/networks.md, Bluesky): the post record's text and the card's thumbnail blob.</summary>
public sealed class BlueskyLimits
{
    /// <summary><c>app.bsky.feed.post</c> text: maxGraphemes.</summary>
    [Range(1, 100_000)]
    public int MaxGraphemes { get; set; } = 300;

    /// <summary><c>app.bsky.feed.post</c> text: maxLength, in UTF-8 bytes.</summary>
    [Range(1, 1_000_000)]
    public int MaxBytes { get; set; } = 3000;

    /// <summary><c>app.bsky.embed.external</c> thumb: maxSize in bytes; a larger cover is re-encoded smaller.</summary>
    [Range(10_000, 100_000_000)]
    public int MaxThumbBytes { get; set; } = 1_000_000;
}
