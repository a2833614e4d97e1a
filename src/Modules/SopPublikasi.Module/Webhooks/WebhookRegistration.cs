using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

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
        services.AddSingleton<WebhookDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookDispatcher>());
    }
}
