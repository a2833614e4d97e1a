using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Notifications;
using SopPublikasi.Module.Security.Outbound;

namespace SopPublikasi.Module.Push;

/// <summary>
/// The installable admin (manifest, service worker, offline page, icons) and Web Push: each person's devices, a push
/// per notification per device committed with the notification, and the background sender.
/// </summary>
public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddValidatedOptions<PushOptions>(PushOptions.Section);
        services.AddHttpClient(PushSender.ClientName, c => c.Timeout = Timeout.InfiniteTimeSpan).UseGuardedConnections();
        services.AddSingleton<PushSignal>();
        services.AddScoped<PushDevices>();
        services.AddScoped<INotificationChannel, PushChannel>();
        services.AddSingleton<Operations.IPendingWork, PendingPushes>();
        services.AddBackgroundService<PushSender>();
    }

    public override void Configure(IEndpointRouteBuilder routes) => InstallableApp.Map(routes);
}
