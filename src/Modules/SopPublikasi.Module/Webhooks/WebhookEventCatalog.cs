using Microsoft.Extensions.DependencyInjection;

namespace SopPublikasi.Module.Webhooks;

/// <summary>A feature's own webhook events (name and label), added to the list an administrator subscribes to.</summary>
public sealed record WebhookEventSet(IReadOnlyList<(string Name, string Label)> Events);

/// <summary>Every event an administrator can subscribe a URL to: the core's (<see cref="WebhookEvents"/>) and the features'.</summary>
public sealed class WebhookEventCatalog(IEnumerable<WebhookEventSet> sets)
{
    public IReadOnlyList<(string Name, string Label)> All { get; } = [.. WebhookEvents.All, .. sets.SelectMany(s => s.Events)];
}

public static class WebhookEventRegistration
{
    /// <summary>A feature's webhook events (it enqueues them itself through <see cref="WebhookWriter"/>).</summary>
    public static IServiceCollection AddWebhookEvents(this IServiceCollection services, params (string Name, string Label)[] events) =>
        services.AddSingleton(new WebhookEventSet(events));
}
