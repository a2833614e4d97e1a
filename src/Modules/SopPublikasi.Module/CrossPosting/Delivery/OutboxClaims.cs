using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.CrossPosting.Delivery;

/// <summary>
/// The leases that make each row sent by exactly one instance. Every change here is one conditional UPDATE, atomic
/// on SQLite and on PostgreSQL alike (PostgreSQL re-checks the WHERE clause on the row a concurrent UPDATE just
/// committed), so two instances that pick the same row cannot both claim it.
/// </summary>
public sealed class OutboxClaims(SopDbContext db)
{
    public const string LostLeaseReason = "Proses pengirim berhenti di tengah pengiriman; dicek ke jaringan sebelum mencoba lagi.";

    /// <summary>Rows whose sender died while holding them: their outcome is unknown, so they are reconciled first.</summary>
    public Task<int> ExpireLeasesAsync(DateTimeOffset now, CancellationToken ct) =>
        db.Outbox
            .Where(m => m.Status == OutboxStatus.Sending && m.LeaseExpiresAt < now)
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Status, OutboxStatus.Uncertain)
                    .SetProperty(m => m.LeaseOwner, (string?)null)
                    .SetProperty(m => m.LeaseExpiresAt, (DateTimeOffset?)null)
                    .SetProperty(m => m.NextAttemptAt, now)
                    .SetProperty(m => m.WaitReason, LostLeaseReason),
                ct);

    /// <summary>
    /// The channel's network asked it to wait (a spent daily cap, a rate limit): its rows that would be due earlier wait
    /// until then, with the reason, instead of being sent to be refused. Rows held by a sender or being reconciled are left.
    /// </summary>
    public Task<int> HoldAsync(string channel, DateTimeOffset until, string reason, CancellationToken ct) =>
        db.Outbox
            .Where(m => m.Channel == channel && (m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Waiting) && m.NextAttemptAt < until)
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Status, OutboxStatus.Waiting)
                    .SetProperty(m => m.NextAttemptAt, until)
                    .SetProperty(m => m.WaitReason, reason),
                ct);

    /// <summary>Takes the row if it is still in <paramref name="from"/> and due; true for exactly one caller.</summary>
    public async Task<bool> TryClaimAsync(Guid id, OutboxStatus from, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken ct) =>
        await db.Outbox
            .Where(m => m.Id == id && m.Status == from && m.NextAttemptAt <= now)
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Status, OutboxStatus.Sending)
                    .SetProperty(m => m.LeaseOwner, owner)
                    .SetProperty(m => m.LeaseExpiresAt, now + lease)
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                    .SetProperty(m => m.FirstAttemptAt, m => m.FirstAttemptAt ?? now),
                ct) == 1;

    /// <summary>Stores a step the moment it is done, while the lease is still ours.</summary>
    public Task<int> SaveProgressAsync(Guid id, string owner, string progress, CancellationToken ct) =>
        db.Outbox.Where(m => m.Id == id && m.LeaseOwner == owner).ExecuteUpdateAsync(s => s.SetProperty(m => m.Progress, progress), ct);

    /// <summary>The network confirmed the post: recorded even if the lease ran out meanwhile, because it is the truth.</summary>
    public Task<int> ForceSentAsync(Guid id, PostResult result, DateTimeOffset now, CancellationToken ct) =>
        db.Outbox.Where(m => m.Id == id).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.Status, OutboxStatus.Sent)
                .SetProperty(m => m.RemoteId, result.RemoteId)
                .SetProperty(m => m.RemoteUrl, result.RemoteUrl)
                .SetProperty(m => m.SentAt, now)
                .SetProperty(m => m.LeaseOwner, (string?)null)
                .SetProperty(m => m.LeaseExpiresAt, (DateTimeOffset?)null)
                .SetProperty(m => m.WaitReason, (string?)null),
            ct);
}
