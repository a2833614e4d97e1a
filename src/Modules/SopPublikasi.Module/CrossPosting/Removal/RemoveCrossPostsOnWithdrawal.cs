using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Materi.Events;

namespace SopPublikasi.Module.CrossPosting.Removal;

/// <summary>
/// A withdrawn article's cross-posts come down, in the withdrawal's transaction: posts not yet sent are cancelled
/// (never posted afterwards), each sent post gets a removal row (deleted by the dispatcher through the network's API,
/// or left to a person where the network cannot delete, with what to do), and a post in flight or of unknown outcome
/// is removed once it is known to be sent.
/// </summary>
public sealed class RemoveCrossPostsOnWithdrawal(SopDbContext db, Networks.SocialNetworks networks, OutboxSignal signal, TimeProvider clock) : IMateriEventHandler<MateriMoved>
{
    /// <summary>Why a not yet sent post of a withdrawn article was cancelled (on the status pages).</summary>
    public const string CancelledReason = "Dibatalkan: materi ditarik dari publikasi.";

    private static readonly OutboxStatus[] NotYetSent = [OutboxStatus.Pending, OutboxStatus.Waiting, OutboxStatus.Failed, OutboxStatus.Manual];

    public async Task SavedAsync(MateriMoved e, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (!e.Materi.DomainEvents.OfType<MateriWithdrawn>().Any())
        {
            return;
        }

        var id = e.Materi.Id;
        // One conditional UPDATE: a row a dispatcher claimed meanwhile is "sending" and is handled below instead.
        await db.Outbox.Where(m => m.MateriId == id && NotYetSent.Contains(m.Status)).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.Status, OutboxStatus.Cancelled)
                .SetProperty(m => m.WaitReason, CancelledReason)
                .SetProperty(m => m.NextAttemptAt, Delivery.DeliveryProcessor.Never),
            ct);

        var now = clock.GetUtcNow();
        var rows = await db.Outbox.AsNoTracking()
            .Where(m => m.MateriId == id && (m.Status == OutboxStatus.Sent || m.Status == OutboxStatus.Sending || m.Status == OutboxStatus.Uncertain))
            .Where(m => !db.Set<OutboxRemoval>().Any(r => r.OutboxId == m.Id))
            .ToListAsync(ct);
        foreach (var row in rows)
        {
            db.OutboxRemovals.Add(Plan(row, networks.Find(row.ChannelType)?.Removal, now));
        }

        if (rows.Count > 0)
        {
            await db.SaveChangesAsync(ct);
        }
    }

    public Task CommittedAsync(MateriMoved e, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Materi.DomainEvents.OfType<MateriWithdrawn>().Any())
        {
            signal.Notify();
        }

        return Task.CompletedTask;
    }

    /// <summary>The removal of one outbox row: by API now, by a person (with the network's hint), or once it is sent.</summary>
    public static OutboxRemoval Plan(OutboxMessage row, Networks.PostRemoval? removal, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(row);
        var planned = new OutboxRemoval
        {
            Id = Guid.NewGuid(),
            OutboxId = row.Id,
            MateriId = row.MateriId,
            Channel = row.Channel,
            ChannelType = row.ChannelType,
            CreatedAt = now,
            NextAttemptAt = now,
            Status = RemovalStatus.Pending,
        };
        if (row.Status != OutboxStatus.Sent)
        {
            planned.Status = RemovalStatus.AwaitingSend;
            planned.WaitReason = "Kiriman sedang diproses; dihapus setelah terkirim.";
            return planned;
        }

        RemovalPolicy.Decide(planned, row, removal, now);
        return planned;
    }
}
