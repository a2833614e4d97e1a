namespace SopPublikasi.Module.CrossPosting.Composition;

/// <summary>
/// Writes the post for one network type from an article, within that network's limits. One implementation per
/// channel type, so that the outbox stores exactly what will be sent and an editor can see it beforehand.
/// </summary>
public interface IChannelComposer
{
    /// <summary>The channel type of its network (<see cref="Networks.SocialNetwork.Type"/>).</summary>
    string ChannelType { get; }

    /// <summary>The post for <paramref name="draft"/>, using <paramref name="template"/> or the channel type's default.</summary>
    ComposedPost Compose(PostDraft draft, PostTemplate? template = null);
}
