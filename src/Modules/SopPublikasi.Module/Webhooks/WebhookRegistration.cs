using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.Materi.Events;

namespace SopPublikasi.Module.Webhooks;

public static class WebhookRegistration
{
    public static void AddSopWebhooks(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(WebhookDispatcher.ClientName, c => c.DefaultRequestHeaders.UserAgent.ParseAdd("SopPublikasi-Webhook/1.0"));
        services.AddSingleton<WebhookSignal>();
        services.AddSingleton<WebhookSecrets>();
        services.AddScoped<WebhookWriter>();
        services.AddScoped<WebhookOnMove>();
        services.AddScoped<IMateriEventHandler<MateriMoved>>(sp => sp.GetRequiredService<WebhookOnMove>());
        services.AddScoped<IMateriEventHandler<DisposisiCreated>>(sp => sp.GetRequiredService<WebhookOnMove>());
        services.AddSingleton<Operations.IPendingWork, PendingDeliveries>();
        services.AddSingleton<WebhookDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookDispatcher>());
    }
}
