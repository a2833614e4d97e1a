namespace SopPublikasi.Module.CrossPosting.Composition;

/// <summary>
/// A Mastodon status. The limits are the instance's own, read at run time and passed in (see
/// <see cref="MastodonLimits"/>), because one instance allows 500 characters and another 5000.
/// </summary>
public sealed class MastodonComposer(MastodonLimits limits) : ChannelComposer
{
    public override string ChannelType => Networks.Mastodon.MastodonNetwork.Name;

    protected override int MaxLength(PostDraft draft) => limits.MaxCharacters;

    protected override int Measure(string text) => MastodonTextLength.Count(text, limits.CharactersReservedPerUrl);
}
