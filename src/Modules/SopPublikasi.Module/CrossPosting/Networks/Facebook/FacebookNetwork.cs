using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.CrossPosting.Channels;
using SopPublikasi.Module.CrossPosting.Composition;

namespace SopPublikasi.Module.CrossPosting.Networks.Facebook;

/// <summary>A Facebook Page through the Graph API, with a Page access token.</summary>
public sealed class FacebookNetwork : SocialNetwork<FacebookLimits>
{
    public const string Name = "Facebook";

    public override string Type => Name;

    public override string Label => "Halaman Facebook";

    /// <summary>Deleted through the API at any time (docs/networks.md, "Menghapus").</summary>
    public override PostRemoval Removal => PostRemoval.Api;

    public override IReadOnlyList<CredentialField> CredentialFields { get; } =
    [
        new("PageId", "ID Halaman", Secret: false),
        new("AccessToken", "Token akses Halaman"),
    ];

    public override string? Missing(IReadOnlyDictionary<string, string> credentials, string? baseUrl) =>
        Has(credentials, "PageId", "AccessToken") ? null : "Facebook memerlukan PageId dan AccessToken (token Page).";

    public override IChannelComposer Composer(FacebookLimits limits) => new FacebookComposer(limits);

    public override (int Length, int Max) Measure(string text, bool hasImage, FacebookLimits limits)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(limits);
        return (text.Length, limits.MaxMessageLength);
    }

    protected override void Register(IServiceCollection services)
    {
        GraphApiOptions.Register(services);
        services.AddSocialClient<FacebookClient>();
    }

    /// <summary>The configured Graph API version's end, when it is near or past.</summary>
    public override IReadOnlyList<string> Notices(IServiceProvider services, ResolvedChannel channel, DateTimeOffset now) =>
        GraphApiOptions.Notices(services, channel, now);
}
