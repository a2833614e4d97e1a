using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Webhooks;

/// <summary>Adds a delivery per interested subscription to the current unit of work (nothing is sent here).</summary>
public sealed class WebhookWriter(SopDbContext db, WebhookSignal signal, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private List<WebhookSubscription>? _subscriptions;

    public async Task EnqueueAsync(string eventName, object data, CancellationToken ct)
    {
        _subscriptions ??= await db.WebhookSubscriptions.AsNoTracking().Where(s => s.Active).ToListAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var subscription in _subscriptions.Where(s => s.Events.Contains(eventName)))
        {
            var id = Guid.NewGuid();
            db.WebhookDeliveries.Add(new WebhookDelivery
            {
                Id = id,
                SubscriptionId = subscription.Id,
                Event = eventName,
                Payload = JsonSerializer.Serialize(new { id, @event = eventName, terjadi = IndonesianTime.ToWib(now), data }, Json),
                Status = DeliveryStatus.Pending,
                NextAttemptAt = now,
                CreatedAt = now,
            });
        }
    }

    /// <summary>Call after the unit of work committed: wakes the dispatcher.</summary>
    public void Committed() => signal.Notify();
}

public sealed class WebhookSignal : WakeSignal;
