namespace SopPublikasi.Module.CrossPosting.Composition;

/// <summary>
/// Picks the composer for a channel type, so that the outbox writer needs no switch of its own. For Mastodon pass
/// the instance's limits when they are known; <see cref="CompositionLimits.Mastodon"/> holds the fallback.
/// </summary>
public static class ChannelComposers
{
    private static readonly Dictionary<string, Func<CompositionLimits, IChannelComposer>> Factories = new(StringComparer.OrdinalIgnoreCase)
    {
        [ChannelTypes.X] = limits => new XComposer(limits.X),
        [ChannelTypes.Facebook] = limits => new FacebookComposer(limits.Facebook),
        [ChannelTypes.Instagram] = limits => new InstagramComposer(limits.Instagram),
        [ChannelTypes.Telegram] = limits => new TelegramComposer(limits.Telegram),
        [ChannelTypes.Mastodon] = limits => new MastodonComposer(limits.Mastodon),
        [ChannelTypes.Log] = _ => new LogComposer(),
    };

    public static IChannelComposer For(string channelType, CompositionLimits limits)
    {
        ArgumentNullException.ThrowIfNull(channelType);
        ArgumentNullException.ThrowIfNull(limits);
        return Factories.TryGetValue(channelType, out var create)
            ? create(limits)
            : throw new ArgumentException($"No composer for channel type \"{channelType}\".", nameof(channelType));
    }
}
