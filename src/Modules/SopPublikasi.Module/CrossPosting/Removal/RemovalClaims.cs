using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.CrossPosting.Removal;

/// <summary>
/// The leases that make each post deleted by exactly one instance, as for deliveries (<see cref="Delivery.OutboxClaims"/>):
/// every change here is one conditional UPDATE, so two instances that pick the same row cannot both claim it.
/// </summary>
public sealed class RemovalClaims(SopDbContext db)
{
    public const string LostLeaseReason = "Proses penghapus berhenti di tengah jalan; dicoba lagi (menghapus dua kali tidak merugikan: kiriman yang sudah tidak ada dianggap terhapus).";

    /// <summary>Rows whose remover died while holding them: tried again (a post already gone counts as deleted).</summary>
    public Task<int> ExpireLeasesAsync(DateTimeOffset now, CancellationToken ct) =>
        db.OutboxRemovals
            .Where(r => r.Status == RemovalStatus.Removing && r.LeaseExpiresAt < now)
            .ExecuteUpdateAsync(
                s => s.SetProperty(r => r.Status, RemovalStatus.Waiting)
                    .SetProperty(r => r.LeaseOwner, (string?)null)
                    .SetProperty(r => r.LeaseExpiresAt, (DateTimeOffset?)null)
                    .SetProperty(r => r.NextAttemptAt, now)
                    .SetProperty(r => r.WaitReason, LostLeaseReason),
                ct);

    /// <summary>Takes the row if it is still in <paramref name="from"/> and due; true for exactly one caller.</summary>
    public async Task<bool> TryClaimAsync(Guid id, RemovalStatus from, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken ct) =>
        await db.OutboxRemovals
            .Where(r => r.Id == id && r.Status == from && r.NextAttemptAt <= now)
            .ExecuteUpdateAsync(
                s => s.SetProperty(r => r.Status, RemovalStatus.Removing)
                    .SetProperty(r => r.LeaseOwner, owner)
                    .SetProperty(r => r.LeaseExpiresAt, now + lease)
                    .SetProperty(r => r.Attempts, r => r.Attempts + 1),
                ct) == 1;

    /// <summary>
    /// Removals waiting for their post to be sent: due once it is (by the network's removal rule), not needed once it
    /// will never be (failed, cancelled). Each change is conditional on the row still waiting, so instances agree.
    /// </summary>
    public async Task<int> SettleAwaitingAsync(Networks.SocialNetworks networks, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(networks);
        var waiting = await (
            from r in db.OutboxRemovals.AsNoTracking()
            join m in db.Outbox.AsNoTracking() on r.OutboxId equals m.Id
            where r.Status == RemovalStatus.AwaitingSend
                && (m.Status == OutboxStatus.Sent || m.Status == OutboxStatus.Failed || m.Status == OutboxStatus.Cancelled)
            select new { Removal = r, Message = m })
            .Take(50)
            .ToListAsync(ct);
        var settled = 0;
        foreach (var w in waiting)
        {
            var plan = w.Removal;
            if (w.Message.Status == OutboxStatus.Sent)
            {
                RemovalPolicy.Decide(plan, w.Message, networks.Find(w.Message.ChannelType)?.Removal, now);
            }
            else
            {
                plan.Status = RemovalStatus.NotNeeded;
                plan.WaitReason = null;
                plan.NextAttemptAt = Delivery.DeliveryProcessor.Never;
            }

            settled += await db.OutboxRemovals.Where(r => r.Id == plan.Id && r.Status == RemovalStatus.AwaitingSend).ExecuteUpdateAsync(
                s => s.SetProperty(r => r.Status, plan.Status)
                    .SetProperty(r => r.NextAttemptAt, plan.NextAttemptAt)
                    .SetProperty(r => r.WaitReason, plan.WaitReason)
                    .SetProperty(r => r.ManualHint, plan.ManualHint),
                ct);
        }

        return settled;
    }

    /// <summary>
    /// An administrator deleted the post on the network by hand: who and when are kept. Only a row waiting for a person
    /// (or failed) changes, so a second submit changes nothing and keeps the first mark.
    /// </summary>
    public Task<int> MarkRemovedByHandAsync(Guid id, Guid materiId, string actorId, string actorName, DateTimeOffset now, CancellationToken ct) =>
        db.OutboxRemovals
            .Where(r => r.Id == id && r.MateriId == materiId && (r.Status == RemovalStatus.Manual || r.Status == RemovalStatus.Failed))
            .ExecuteUpdateAsync(
                s => s.SetProperty(r => r.Status, RemovalStatus.RemovedByHand)
                    .SetProperty(r => r.RemovedAt, now)
                    .SetProperty(r => r.RemovedById, actorId)
                    .SetProperty(r => r.RemovedByName, actorName)
                    .SetProperty(r => r.NextAttemptAt, Delivery.DeliveryProcessor.Never),
                ct);
}
