using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Operations;

namespace SopPublikasi.Module.Webhooks;

/// <summary>The webhook deliveries still waiting, for the outbox gauges.</summary>
public sealed class PendingDeliveries : IPendingWork
{
    public string Outbox => "webhook";

    public IQueryable<DateTimeOffset> PendingSince(SopDbContext db) =>
        db.WebhookDeliveries.AsNoTracking().Where(d => d.Status == DeliveryStatus.Pending).Select(d => d.CreatedAt);
}
