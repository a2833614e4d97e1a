using System.ComponentModel.DataAnnotations;

namespace SopPublikasi.Module.CrossPosting.Composition;

/// <summary>
/// Mastodon's limits. Each instance sets its own (<c>GET /api/v2/instance</c>,
/// <c>configuration.statuses</c>): the client should build a <see cref="MastodonComposer"/> with the values read
/// there, and fall back to these when the instance cannot be asked.
/// </summary>
public sealed class MastodonLimits
{
    /// <summary><c>max_characters</c>, in grapheme clusters.</summary>
    [Range(1, 1_000_000)]
    public int MaxCharacters { get; set; } = 500;

    /// <summary><c>characters_reserved_per_url</c>.</summary>
    [Range(0, 1_000)]
    public int CharactersReservedPerUrl { get; set; } = 23;
}
