using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.CrossPosting.Composition;

namespace SopPublikasi.Module.CrossPosting.Networks.Bluesky;

/// <summary>
/// Bluesky (AT Protocol): an account's handle and an app password; the PDS is https://bsky.social/ unless the channel's
/// BaseUrl names another. Text is counted in grapheme clusters, links whole.
/// </summary>
public sealed class BlueskyNetwork : SocialNetwork<BlueskyLimits>
{
    public const string Name = "Bluesky";

    public override string Type => Name;

    public override string Label => "Bluesky";

    /// <summary>Deleted through the API at any time (docs/networks.md, "Menghapus").</summary>
    public override PostRemoval Removal => PostRemoval.Api;

    public override IReadOnlyList<CredentialField> CredentialFields { get; } =
    [
        new("Handle", "Handle akun (mis. kecamatan.bsky.social)", Secret: false),
        new("AppPassword", "App password (Settings → App passwords)"),
    ];

    public override string? Missing(IReadOnlyDictionary<string, string> credentials, string? baseUrl) =>
        !Has(credentials, "Handle", "AppPassword") ? "Bluesky memerlukan Handle dan AppPassword." : null;

    public override IChannelComposer Composer(BlueskyLimits limits) => new BlueskyComposer(limits);

    public override (int Length, int Max) Measure(string text, bool hasImage, BlueskyLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return (BlueskyText.Graphemes(text), limits.MaxGraphemes);
    }

    protected override string? OtherProblem(string text, BlueskyLimits limits) =>
        BlueskyText.Bytes(text) > limits.MaxBytes ? $"Teks {BlueskyText.Bytes(text)} bita (UTF-8) melebihi batas Bluesky {limits.MaxBytes} bita." : null;

    protected override void Register(IServiceCollection services)
    {
        services.AddSingleton<BlueskySessions>();
        services.AddSocialClient<BlueskyClient>();
    }
}
