using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.CrossPosting.Channels;
using SopPublikasi.Module.CrossPosting.Delivery;
using SopPublikasi.Module.CrossPosting.Networks;
using SopPublikasi.Module.CrossPosting.Networks.Facebook;
using SopPublikasi.Module.CrossPosting.Networks.Instagram;
using SopPublikasi.Module.CrossPosting.Networks.Mastodon;
using SopPublikasi.Module.CrossPosting.Networks.Telegram;
using SopPublikasi.Module.CrossPosting.Networks.X;
using SopPublikasi.Module.CrossPosting.Quota;
using SopPublikasi.Module.Materi.Events;

namespace SopPublikasi.Module.CrossPosting;

/// <summary>The cross-posting feature's services: outbox, leases, channel directory and one typed client per network.</summary>
public static class CrossPostingRegistration
{
    public static IServiceCollection AddCrossPosting(this IServiceCollection services)
    {
        services.AddScoped<OutboxWriter>();
        services.AddScoped<OutboxClaims>();
        services.AddScoped<OutboxActions>();
        services.AddScoped<DeliveryProcessor>();
        services.AddScoped<ImageLoader>();
        services.AddScoped<ChannelDirectory>();
        services.AddScoped<QuotaGuard>();
        services.AddSingleton<ChannelSecrets>();
        services.AddSingleton<MastodonInstanceLimits>();
        services.AddSingleton<OutboxSignal>();
        services.AddTransient<ISocialChannel, LogChannel>();

        services.AddSingleton<XAuth>();
        services.AddSingleton<XMediaUpload>();
        services.AddHttpClient(nameof(XAuth), (sp, client) => client.Timeout = sp.GetRequiredService<IOptions<CrossPostingOptions>>().Value.HttpTimeout);
        services.AddSocialClient<XClient>();
        services.AddSocialClient<FacebookClient>();
        services.AddSocialClient<InstagramClient>();
        // The bot token is part of Telegram's URL path: no request logging for this client.
        services.AddSocialClient<TelegramClient>().RemoveAllLoggers();
        services.AddSocialClient<MastodonClient>();

        services.AddScoped<IMateriEventHandler<MateriMoved>, CrossPostOnPublication>();
        services.AddSingleton<Operations.IPendingWork, PendingPosts>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        return services;
    }
}
