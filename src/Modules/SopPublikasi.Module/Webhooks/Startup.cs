using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Materi.Events;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Security.Navigation;
using SopPublikasi.Module.Security.Outbound;

namespace SopPublikasi.Module.Webhooks;

/// <summary>Webhooks: subscriptions, a delivery per event committed with the move, signing and the dispatcher.</summary>
public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddPermissions(WebhookPermissions.Provider);
        services.AddAdminMenu(new AdminMenuItem("Webhook", "/Webhooks/Pages/Webhook", 50, WebhookPermissions.KelolaWebhookName));
        services.AddValidatedOptions<WebhookOptions>(WebhookOptions.Section);
        services.AddHttpClient(WebhookDispatcher.ClientName, c => c.DefaultRequestHeaders.UserAgent.ParseAdd("SopPublikasi-Webhook/1.0"))
            .UseGuardedConnections();
        services.AddSingleton<WebhookSignal>();
        services.AddSingleton<WebhookSecrets>();
        services.AddScoped<WebhookWriter>();
        services.AddSingleton<WebhookEventCatalog>();
        services.AddScoped<WebhookSubscriptions>();
        services.AddMateriHandler<WebhookOnMove>();
        services.AddSingleton<Operations.IPendingWork, PendingDeliveries>();
        services.AddBackgroundService<WebhookDispatcher>();
    }
}
