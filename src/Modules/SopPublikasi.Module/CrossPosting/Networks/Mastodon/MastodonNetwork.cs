using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.CrossPosting.Channels;
using SopPublikasi.Module.CrossPosting.Composition;

namespace SopPublikasi.Module.CrossPosting.Networks.Mastodon;

/// <summary>A Mastodon account on any instance; each instance's own limits are learnt by the client.</summary>
public sealed class MastodonNetwork : SocialNetwork<MastodonLimits>
{
    public const string Name = "Mastodon";

    public override string Type => Name;

    public override string Label => "Mastodon";

    /// <summary>Deleted through the API at any time (docs/networks.md, "Menghapus").</summary>
    public override PostRemoval Removal => PostRemoval.Api;

    public override IReadOnlyList<CredentialField> CredentialFields { get; } = [new("AccessToken", "Token akses (izin write:statuses, write:media dan read:accounts)")];

    public override string? Missing(IReadOnlyDictionary<string, string> credentials, string? baseUrl) =>
        !Has(credentials, "AccessToken") || string.IsNullOrWhiteSpace(baseUrl) ? "Mastodon memerlukan alamat instance (Alamat API) dan AccessToken." : null;

    /// <summary>The limits the channel's instance announced, once the client has read them; the configured ones until then.</summary>
    public override MastodonLimits Limits(IServiceProvider services, string channel) =>
        services.GetRequiredService<MastodonInstanceLimits>().For(channel, base.Limits(services, channel));

    public override IChannelComposer Composer(MastodonLimits limits) => new MastodonComposer(limits);

    public override (int Length, int Max) Measure(string text, bool hasImage, MastodonLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return (MastodonTextLength.Count(text, limits.CharactersReservedPerUrl), limits.MaxCharacters);
    }

    protected override void Register(IServiceCollection services)
    {
        services.AddSingleton<MastodonInstanceLimits>();
        services.AddSocialClient<MastodonClient>();
    }
}
