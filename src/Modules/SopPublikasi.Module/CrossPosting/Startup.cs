using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.CrossPosting.Channels;
using SopPublikasi.Module.CrossPosting.Delivery;
using SopPublikasi.Module.CrossPosting.Networks;
using SopPublikasi.Module.CrossPosting.Networks.Bluesky;
using SopPublikasi.Module.CrossPosting.Networks.Facebook;
using SopPublikasi.Module.CrossPosting.Networks.Instagram;
using SopPublikasi.Module.CrossPosting.Networks.Log;
using SopPublikasi.Module.CrossPosting.Networks.Mastodon;
using SopPublikasi.Module.CrossPosting.Networks.Telegram;
using SopPublikasi.Module.CrossPosting.Networks.Threads;
using SopPublikasi.Module.CrossPosting.Networks.WhatsApp;
using SopPublikasi.Module.CrossPosting.Networks.X;
using SopPublikasi.Module.CrossPosting.Quota;
using SopPublikasi.Module.Materi.Events;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Security.Navigation;

namespace SopPublikasi.Module.CrossPosting;

/// <summary>
/// Cross-posting (SOP step 8 on social media): the outbox (a row per article and channel, queued with the
/// publication), leases, the channel directory, the networks (one descriptor each, see <see cref="SocialNetwork"/>) and the dispatcher.
/// </summary>
public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddPermissions(CrossPostingPermissions.Provider);
        services.AddAdminMenu(new AdminMenuItem("Media Sosial", "/CrossPosting/Pages/MediaSosial", 40));
        services.AddValidatedOptions<CrossPostingOptions>(CrossPostingOptions.Section);
        services.AddSingleton<IPostConfigureOptions<CrossPostingOptions>, ChannelCredentialsFromConfiguration>();
        services.AddSingleton<IValidateOptions<CrossPostingOptions>, RegisteredChannelTypes>();
        services.AddScoped<OutboxWriter>();
        services.AddScoped<Site.IPublicProfileSource, ChannelProfiles>();
        services.AddScoped<OutboxClaims>();
        services.AddScoped<OutboxActions>();
        services.AddScoped<HandOffMarks>();
        services.AddScoped<CrossPostQueries>();
        services.AddScoped<DeliveryProcessor>();
        services.AddScoped<ChannelPauses>();
        services.AddScoped<Removal.RemovalClaims>();
        services.AddScoped<Removal.RemovalProcessor>();
        services.AddScoped<Removal.RemovalQueries>();
        services.AddScoped<ImageLoader>();
        services.AddScoped<ChannelDirectory>();
        services.AddScoped<ChannelAdmin>();
        services.AddScoped<QuotaGuard>();
        services.AddSingleton<ChannelSecrets>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<SocialNetworks>();

        // The networks: each folder under Networks/ has one descriptor; adding a network is one line here.
        services.AddSocialNetwork<LogNetwork>();
        services.AddSocialNetwork<XNetwork>();
        services.AddSocialNetwork<FacebookNetwork>();
        services.AddSocialNetwork<InstagramNetwork>();
        services.AddSocialNetwork<TelegramNetwork>();
        services.AddSocialNetwork<MastodonNetwork>();
        services.AddSocialNetwork<ThreadsNetwork>();
        services.AddSocialNetwork<BlueskyNetwork>();
        services.AddSocialNetwork<WhatsAppNetwork>();

        services.AddMateriHandler<CrossPostOnPublication>();
        services.AddMateriHandler<Removal.RemoveCrossPostsOnWithdrawal>();
        services.AddSingleton<Operations.IPendingWork, PendingPosts>();
        services.AddBackgroundService<OutboxDispatcher>();
    }

    public override void Configure(IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        foreach (var network in routes.ServiceProvider.GetServices<SocialNetwork>())
        {
            network.Configure(routes);
        }
    }
}
