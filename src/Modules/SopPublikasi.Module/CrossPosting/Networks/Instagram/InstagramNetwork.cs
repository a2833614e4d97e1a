using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.CrossPosting.Composition;

namespace SopPublikasi.Module.CrossPosting.Networks.Instagram;

/// <summary>An Instagram professional account through the Graph API: a photo is required, captions and hashtags are capped.</summary>
public sealed class InstagramNetwork : SocialNetwork<InstagramLimits>
{
    public const string Name = "Instagram";

    public override string Type => Name;

    public override string Label => "Instagram (akun profesional)";

    public override IReadOnlyList<CredentialField> CredentialFields { get; } =
    [
        new("UserId", "ID akun profesional Instagram", Secret: false),
        new("AccessToken", "Token akses"),
    ];

    public override string? Missing(IReadOnlyDictionary<string, string> credentials, string? baseUrl) =>
        Has(credentials, "UserId", "AccessToken") ? null : "Instagram memerlukan UserId (akun profesional) dan AccessToken.";

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

    protected override void Register(IServiceCollection services) => services.AddSocialClient<InstagramClient>();

    /// <summary>The JPEG Instagram fetches for a cover.</summary>
    public override void Configure(IEndpointRouteBuilder routes) => routes.MapInstagramImage();
}
