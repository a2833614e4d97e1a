using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.CrossPosting.Delivery;

/// <summary>
/// An administrator's retry, cancel and "it is on the channel" decisions. Each is one conditional UPDATE that never
/// touches a row being sent, so it cannot race the dispatcher's lease.
/// </summary>
public sealed class OutboxActions(SopDbContext db, OutboxSignal signal, TimeProvider clock, Networks.SocialNetworks networks)
{
    /// <summary>What a hand-off row (<see cref="OutboxStatus.Manual"/>) waits for, as the status pages say it.</summary>
    public const string WaitingForPersonReason = "Menunggu dikirim manual";

    private static readonly OutboxStatus[] Retryable = [OutboxStatus.Failed, OutboxStatus.Cancelled, OutboxStatus.Waiting, OutboxStatus.Uncertain];
    private static readonly OutboxStatus[] Cancellable = [OutboxStatus.Pending, OutboxStatus.Waiting, OutboxStatus.Uncertain, OutboxStatus.Failed, OutboxStatus.Manual];

    /// <summary>
    /// Sends again now. A held uncertain row is sent as new: the administrator checked the channel. A hand-off row
    /// (WhatsApp) goes back to waiting for a person, never to the dispatcher.
    /// </summary>
    public async Task<bool> RetryAsync(Guid id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var handOff = networks.HandOffTypes.ToArray();
        if (await db.Outbox.Where(m => m.Id == id && Retryable.Contains(m.Status) && handOff.Contains(m.ChannelType)).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.Status, OutboxStatus.Manual)
                .SetProperty(m => m.NextAttemptAt, DeliveryProcessor.Never)
                .SetProperty(m => m.WaitReason, WaitingForPersonReason),
            ct) == 1)
        {
            return true;
        }

        var changed = await db.Outbox.Where(m => m.Id == id && Retryable.Contains(m.Status) && !handOff.Contains(m.ChannelType)).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.Status, OutboxStatus.Pending)
                .SetProperty(m => m.NextAttemptAt, now)
                .SetProperty(m => m.Attempts, 0)
                .SetProperty(m => m.DuplicateAnswered, false)
                .SetProperty(m => m.WaitReason, "Dikirim ulang atas permintaan administrator."),
            ct) == 1;
        if (changed)
        {
            signal.Notify();
        }

        return changed;
    }

    public async Task<bool> CancelAsync(Guid id, CancellationToken ct) =>
        await db.Outbox.Where(m => m.Id == id && Cancellable.Contains(m.Status)).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.Status, OutboxStatus.Cancelled).SetProperty(m => m.WaitReason, (string?)null),
            ct) == 1;

    /// <summary>
    /// An officer sent a hand-off row's text by hand (WhatsApp): who and when are kept. Only a row still waiting for a
    /// person changes, so a second submit (a double tap, a reloaded form) changes nothing and keeps the first mark.
    /// </summary>
    public async Task<bool> MarkSentByHandAsync(Guid id, string actorId, string actorName, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actorId);
        ArgumentException.ThrowIfNullOrWhiteSpace(actorName);
        var now = clock.GetUtcNow();
        return await db.Outbox.Where(m => m.Id == id && m.Status == OutboxStatus.Manual).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.Status, OutboxStatus.Sent)
                .SetProperty(m => m.SentAt, now)
                .SetProperty(m => m.SentById, actorId)
                .SetProperty(m => m.SentByName, actorName)
                .SetProperty(m => m.WaitReason, (string?)null),
            ct) == 1;
    }

    /// <summary>An administrator found the post on the channel (a held uncertain row): its link is kept.</summary>
    public async Task<bool> ConfirmAsync(Guid id, Uri link, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(link);
        var now = clock.GetUtcNow();
        return await db.Outbox.Where(m => m.Id == id && m.Status == OutboxStatus.Uncertain).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.Status, OutboxStatus.Sent)
                .SetProperty(m => m.RemoteId, link.ToString())
                .SetProperty(m => m.RemoteUrl, link.ToString())
                .SetProperty(m => m.SentAt, now)
                .SetProperty(m => m.WaitReason, "Dikonfirmasi administrator setelah memeriksa saluran."),
            ct) == 1;
    }
}
