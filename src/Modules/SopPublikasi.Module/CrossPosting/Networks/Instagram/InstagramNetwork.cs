using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.CrossPosting.Channels;
using SopPublikasi.Module.CrossPosting.Composition;
using SopPublikasi.Module.CrossPosting.Networks.Facebook;

namespace SopPublikasi.Module.CrossPosting.Networks.Instagram;

/// <summary>An Instagram professional account through the Graph API: a photo is required, captions and hashtags are capped.</summary>
public sealed class InstagramNetwork : SocialNetwork<InstagramLimits>
{
    public const string Name = "Instagram";

    public override string Type => Name;

    public override string Label => "Instagram (akun profesional)";

    /// <summary>
    /// By hand: the publishing API this client uses offers no deletion of a published post (docs/networks.md,
    /// Instagram, "Menghapus").
    /// </summary>
    public override PostRemoval Removal { get; } = PostRemoval.Manual(
        "Instagram tidak menyediakan penghapusan kiriman lewat API yang dipakai aplikasi ini. Buka aplikasi Instagram dengan akun kantor, buka kiriman ini, ketuk ⋯ (lainnya), pilih Hapus, lalu konfirmasi.");

    public override IReadOnlyList<CredentialField> CredentialFields { get; } =
    [
        new("UserId", "ID akun profesional Instagram", Secret: false),
        new("AccessToken", "Token akses"),
    ];

    public override string? Missing(IReadOnlyDictionary<string, string> credentials, string? baseUrl) =>
        !Has(credentials, "UserId", "AccessToken") ? "Instagram memerlukan UserId (akun profesional) dan AccessToken."
        : IsInstagramLoginToken(credentials["AccessToken"]) && string.IsNullOrWhiteSpace(baseUrl)
            ? "Token ini dari Login Instagram (diawali \"IG\"): isi Alamat API dengan https://graph.instagram.com. Token dari Login Facebook (diawali \"EAA\") memakai alamat resmi graph.facebook.com."
            : null;

    /// <summary>An Instagram User token from Instagram Login ("IGAA…") is only accepted on graph.instagram.com.</summary>
    public static bool IsInstagramLoginToken(string token) => token.StartsWith("IG", StringComparison.Ordinal);

    public override IChannelComposer Composer(InstagramLimits limits) => new InstagramComposer(limits);

    public override (int Length, int Max) Measure(string text, bool hasImage, InstagramLimits limits)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(limits);
        return (text.Length, limits.MaxCaptionLength);
    }

    protected override string? OtherProblem(string text, InstagramLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return Hashtags.CountIn(text) > limits.MaxHashtags ? $"Instagram menerima paling banyak {limits.MaxHashtags} tagar." : null;
    }

    protected override void Register(IServiceCollection services)
    {
        GraphApiOptions.Register(services);
        services.AddSocialClient<InstagramClient>();
    }

    /// <summary>The configured Graph API version's end, when it is near or past.</summary>
    public override IReadOnlyList<string> Notices(IServiceProvider services, ResolvedChannel channel, DateTimeOffset now) =>
        GraphApiOptions.Notices(services, channel, now);

    /// <summary>The JPEG Instagram fetches for a cover.</summary>
    public override void Configure(IEndpointRouteBuilder routes) => routes.MapInstagramImage();
}
