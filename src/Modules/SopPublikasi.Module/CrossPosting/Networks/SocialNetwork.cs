using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.CrossPosting.Composition;

namespace SopPublikasi.Module.CrossPosting.Networks;

/// <summary>A credential an administrator fills in for a channel of one network (the key is its configuration key).</summary>
/// <param name="Key">As in CrossPosting:Channels:{name}:{Key} and in the encrypted record, e.g. "AccessToken".</param>
/// <param name="Label">What the admin form shows, in Bahasa Indonesia.</param>
/// <param name="Secret">A secret is typed into a password field; an identifier (a page id, a chat id) is not.</param>
public sealed record CredentialField(string Key, string Label, bool Secret = true);

/// <summary>
/// Everything the shared cross-posting code needs to know about one social network, in the network's own folder
/// (Orchard-style: one descriptor per network, registered with one line,
/// <see cref="SocialNetworkRegistration.AddSocialNetwork{TNetwork}"/>). The outbox writer, the edit rules, the
/// channel directory, the options validation and the admin channel page ask the registered descriptors
/// (<see cref="SocialNetworks"/>) instead of switching on channel types.
/// </summary>
public abstract class SocialNetwork
{
    /// <summary>The channel type, as written in CrossPosting:Channels:{name}:Type and stored on outbox rows (e.g. "X").</summary>
    public abstract string Type { get; }

    /// <summary>The network's name as administrators read it on the channel form.</summary>
    public abstract string Label { get; }

    /// <summary>False for a channel that only configuration may declare (the log channel).</summary>
    public virtual bool OfferedToAdministrators => true;

    /// <summary>
    /// True for a hand-off network (WhatsApp): it has no posting API, so its rows wait for a person
    /// (<see cref="OutboxStatus.Manual"/>), who copies the text, sends it by hand and marks it sent; the dispatcher never
    /// picks them up. Such a network registers no <see cref="ISocialChannel"/>.
    /// </summary>
    public virtual bool SentByHand => false;

    /// <summary>
    /// How a post is taken down when its article is withdrawn. By default by hand; a network whose client implements
    /// <see cref="ISocialPostRemoval"/> says <see cref="PostRemoval.Api"/> (or <see cref="PostRemoval.ApiWithin"/>).
    /// </summary>
    public virtual PostRemoval Removal => PostRemoval.Manual($"Hapus unggahan ini langsung di {Label}.");

    /// <summary>The credentials the admin form asks for, in order.</summary>
    public virtual IReadOnlyList<CredentialField> CredentialFields => [];

    /// <summary>Null when a channel of this network has what it needs to post, else what is missing (Bahasa Indonesia).</summary>
    public virtual string? Missing(IReadOnlyDictionary<string, string> credentials, string? baseUrl) => null;

    /// <summary>What the channel page tells an administrator about a channel of this network now (a version about to end).</summary>
    public virtual IReadOnlyList<string> Notices(IServiceProvider services, Channels.ResolvedChannel channel, DateTimeOffset now) => [];

    /// <summary>
    /// Registers what the network needs: its limits and options (validated on start), its typed HttpClient (an
    /// <see cref="ISocialChannel"/> with its own error classifier), helpers, endpoints' services.
    /// </summary>
    public abstract void ConfigureServices(IServiceCollection services);

    /// <summary>Maps the network's own endpoints, if any (Instagram's image address).</summary>
    public virtual void Configure(IEndpointRouteBuilder routes)
    {
    }

    /// <summary>The composer for one channel of this network (with that channel's limits, where they differ).</summary>
    public abstract IChannelComposer Composer(IServiceProvider services, string channel);

    /// <summary>Null when an edited post fits this network, else why not; the link and non-empty checks are shared.</summary>
    public abstract string? EditProblem(IServiceProvider services, string channel, string text, bool hasImage);

    /// <summary>True when every credential of <paramref name="keys"/> is set.</summary>
    protected static bool Has(IReadOnlyDictionary<string, string> credentials, params string[] keys)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        return keys.All(k => credentials.TryGetValue(k, out var v) && !string.IsNullOrWhiteSpace(v));
    }
}

/// <summary>
/// A network whose text limits are its own options class, bound from CrossPosting:Limits:{Type} and validated on
/// start; the composer and the edit rules count text its way against them.
/// </summary>
/// <typeparam name="TLimits">The network's limits (data annotations are checked on start).</typeparam>
public abstract class SocialNetwork<TLimits> : SocialNetwork
    where TLimits : class
{
    /// <summary>CrossPosting:Limits:{Type}.</summary>
    public string LimitsSection => $"{CompositionLimits.Section}:{Type}";

    public sealed override void ConfigureServices(IServiceCollection services)
    {
        services.AddValidatedOptions<TLimits>(LimitsSection);
        Register(services);
    }

    /// <summary>The network's own services: its client, usually through <see cref="SocialHttpRegistration.AddSocialClient{TClient}"/>.</summary>
    protected abstract void Register(IServiceCollection services);

    /// <summary>The limits for one channel: the configured ones unless the network tells each channel its own.</summary>
    public virtual TLimits Limits(IServiceProvider services, string channel) =>
        services.GetRequiredService<IOptionsMonitor<TLimits>>().CurrentValue;

    public abstract IChannelComposer Composer(TLimits limits);

    /// <summary>The text's length counted the network's way, and the most it takes (with or without an image).</summary>
    public abstract (int Length, int Max) Measure(string text, bool hasImage, TLimits limits);

    /// <summary>A refusal other than length (Instagram's hashtag count); checked before the length.</summary>
    protected virtual string? OtherProblem(string text, TLimits limits) => null;

    public sealed override IChannelComposer Composer(IServiceProvider services, string channel) => Composer(Limits(services, channel));

    public sealed override string? EditProblem(IServiceProvider services, string channel, string text, bool hasImage)
    {
        var limits = Limits(services, channel);
        if (OtherProblem(text, limits) is { } problem)
        {
            return problem;
        }

        var (length, max) = Measure(text, hasImage, limits);
        return length > max ? $"Teks {length} karakter menurut hitungan {Type}; batasnya {max}." : null;
    }
}
