using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.CrossPosting.Composition;
using SopPublikasi.Module.Security.Outbound;

namespace SopPublikasi.Module.CrossPosting.Networks.X;

/// <summary>X: OAuth 1.0a or OAuth 2.0 (refreshed), weighted length with every URL counted as the t.co length.</summary>
public sealed class XNetwork : SocialNetwork<XLimits>
{
    public const string Name = "X";

    public override string Type => Name;

    public override string Label => "X (Twitter)";

    /// <summary>Deleted through the API at any time (docs/networks.md, "Menghapus").</summary>
    public override PostRemoval Removal => PostRemoval.Api;

    public override IReadOnlyList<CredentialField> CredentialFields { get; } =
    [
        new("ConsumerKey", "API Key (OAuth 1.0a)"),
        new("ConsumerSecret", "API Key Secret (OAuth 1.0a)"),
        new("AccessToken", "Access Token"),
        new("AccessTokenSecret", "Access Token Secret (OAuth 1.0a)"),
        new("ClientId", "Client ID (OAuth 2.0)", Secret: false),
        new("ClientSecret", "Client Secret (OAuth 2.0, bila aplikasinya rahasia)"),
        new("RefreshToken", "Refresh Token (OAuth 2.0)"),
    ];

    public override string? Missing(IReadOnlyDictionary<string, string> credentials, string? baseUrl) =>
        !Has(credentials, "ConsumerKey", "ConsumerSecret", "AccessToken", "AccessTokenSecret") && !Has(credentials, "ClientId", "AccessToken", "RefreshToken")
            ? "X memerlukan ConsumerKey, ConsumerSecret, AccessToken, dan AccessTokenSecret (OAuth 1.0a), atau ClientId, AccessToken, dan RefreshToken (OAuth 2.0)."
            : null;

    public override IChannelComposer Composer(XLimits limits) => new XComposer(limits);

    public override (int Length, int Max) Measure(string text, bool hasImage, XLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return (XTextLength.Count(text, limits.UrlLength), limits.MaxWeightedLength);
    }

    protected override void Register(IServiceCollection services)
    {
        services.AddValidatedOptions<XPricing>(XPricing.Section);
        services.AddScoped<XMonthlyUsageQuery>();
        services.AddSingleton<XAuth>();
        services.AddSingleton<XMediaUpload>();
        services.AddHttpClient(nameof(XAuth), (sp, client) => client.Timeout = sp.GetRequiredService<IOptions<CrossPostingOptions>>().Value.HttpTimeout)
            .UseGuardedConnections();
        services.AddSocialClient<XClient>();
    }
}
