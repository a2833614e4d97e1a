using System.Collections.Concurrent;
using SopPublikasi.Module.CrossPosting.Composition;

namespace SopPublikasi.Module.CrossPosting.Channels;

/// <summary>
/// The limits each Mastodon instance announced at /api/v2/instance, learnt by the client (every post and every
/// connection test reads them) and used when the next article is composed; the configured limits until then.
/// </summary>
public sealed class MastodonInstanceLimits
{
    private readonly ConcurrentDictionary<string, MastodonLimits> _known = new(StringComparer.OrdinalIgnoreCase);

    public void Learn(string channel, MastodonLimits limits) => _known[channel] = limits;

    public MastodonLimits? Known(string channel) => _known.GetValueOrDefault(channel);

    /// <summary>This channel's instance limits where they are known, else the configured ones.</summary>
    public MastodonLimits For(string channel, MastodonLimits configured)
    {
        ArgumentNullException.ThrowIfNull(configured);
        return Known(channel) ?? configured;
    }
}
