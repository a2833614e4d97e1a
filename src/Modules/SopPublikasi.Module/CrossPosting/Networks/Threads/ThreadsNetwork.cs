using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.CrossPosting.Composition;

namespace SopPublikasi.Module.CrossPosting.Networks.Threads;

/// <summary>
/// A Threads profile through Meta's Threads API (graph.threads.net), with a Threads user access token carrying
/// threads_basic, threads_content_publish and threads_delete (docs/networks.md, "Threads").
/// </summary>
public sealed class ThreadsNetwork : SocialNetwork<ThreadsLimits>
{
    public const string Name = "Threads";

    public override string Type => Name;

    public override string Label => "Threads";

    /// <summary>Deleted through the API at any time (docs/networks.md, "Menghapus").</summary>
    public override PostRemoval Removal => PostRemoval.Api;

    public override IReadOnlyList<CredentialField> CredentialFields { get; } =
    [
        new("UserId", "ID pengguna Threads", Secret: false),
        new("AccessToken", "Token akses pengguna Threads (izin threads_basic, threads_content_publish dan threads_delete)"),
    ];

    public override string? Missing(IReadOnlyDictionary<string, string> credentials, string? baseUrl) =>
        Has(credentials, "UserId", "AccessToken") ? null : "Threads memerlukan UserId (ID pengguna Threads) dan AccessToken.";

    public override IChannelComposer Composer(ThreadsLimits limits) => new ThreadsComposer(limits);

    public override (int Length, int Max) Measure(string text, bool hasImage, ThreadsLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return (ThreadsTextLength.Count(text), limits.MaxTextLength);
    }

    protected override void Register(IServiceCollection services) => services.AddSocialClient<ThreadsClient>();
}
