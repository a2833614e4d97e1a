using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Security;

namespace SopPublikasi.Module.CrossPosting.Removal;

/// <summary>The removals of a withdrawn article's posts, as the item page and the API show them, and the mark by hand.</summary>
public sealed class RemovalQueries(SopDbContext db, RemovalClaims claims, TimeProvider clock)
{
    /// <summary>One article's removals, by the outbox row they remove.</summary>
    public async Task<IReadOnlyDictionary<Guid, OutboxRemoval>> ForMateriAsync(Guid materiId, CancellationToken ct) =>
        await db.OutboxRemovals.AsNoTracking().Where(r => r.MateriId == materiId).ToDictionaryAsync(r => r.OutboxId, ct);

    /// <summary>The removals of these outbox rows (Status Media Sosial's page of rows), by the row they remove.</summary>
    public async Task<IReadOnlyDictionary<Guid, OutboxRemoval>> ForOutboxAsync(IReadOnlyCollection<Guid> outboxIds, CancellationToken ct) =>
        outboxIds.Count == 0
            ? new Dictionary<Guid, OutboxRemoval>()
            : await db.OutboxRemovals.AsNoTracking().Where(r => outboxIds.Contains(r.OutboxId)).ToDictionaryAsync(r => r.OutboxId, ct);

    /// <summary>
    /// "Sudah dihapus manual": an administrator deleted the post on the network. Returns whether the page may say it is
    /// done, and what to say (Bahasa Indonesia); a repeated mark answers with the first one.
    /// </summary>
    public async Task<(bool Done, string Message)> MarkRemovedByHandAsync(Guid id, Guid materiId, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await claims.MarkRemovedByHandAsync(id, materiId, actor.Id, actor.Name, clock.GetUtcNow(), ct) == 1)
        {
            var marked = await db.OutboxRemovals.AsNoTracking().FirstAsync(r => r.Id == id, ct);
            return (true, $"Kiriman {marked.Channel} ditandai sudah dihapus manual.");
        }

        var row = await db.OutboxRemovals.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id && r.MateriId == materiId, ct);
        return row switch
        {
            null => (false, "Penghapusan tidak ditemukan."),
            { Status: RemovalStatus.RemovedByHand } => (true, $"Sudah tercatat sebelumnya: {RemovalStatusText.Label(row)}."),
            _ => (false, "Kiriman ini tidak menunggu dihapus manual; muat ulang halaman."),
        };
    }
}

/// <summary>One removal as the partial <c>_Penghapusan</c> shows it, with the mark button when <paramref name="CanMark"/> (KelolaSaluran).</summary>
public sealed record RemovalCell(OutboxRemoval Removal, bool CanMark);

/// <summary>How a removal's state is told to people, on the item page and in the API alike.</summary>
public static class RemovalStatusText
{
    public static string Label(OutboxRemoval removal)
    {
        ArgumentNullException.ThrowIfNull(removal);
        return removal.Status switch
        {
            RemovalStatus.Removed => $"Dihapus dari {removal.ChannelType}",
            RemovalStatus.RemovedByHand => $"Sudah dihapus manual oleh {removal.RemovedByName}"
                + (removal.RemovedAt is { } at ? ", " + Common.IndonesianTime.DateTime(at) : string.Empty),
            RemovalStatus.Manual => $"Hapus manual di {removal.ChannelType}: {removal.ManualHint}",
            RemovalStatus.Failed => $"Gagal dihapus: {removal.LastError}",
            RemovalStatus.NotNeeded => "Tidak terkirim; tidak perlu dihapus",
            _ => "Menunggu penghapusan",
        };
    }

    /// <summary>Why a removal waits, when it does.</summary>
    public static string? Detail(OutboxRemoval removal)
    {
        ArgumentNullException.ThrowIfNull(removal);
        return removal.Status is RemovalStatus.Pending or RemovalStatus.Waiting or RemovalStatus.AwaitingSend or RemovalStatus.Removing
            ? removal.WaitReason is null ? removal.LastError : removal.LastError is null ? removal.WaitReason : $"{removal.WaitReason} ({removal.LastError})"
            : null;
    }

    /// <summary>Whether an administrator may mark it deleted by hand (the network cannot, or refused for good).</summary>
    public static bool AwaitsPerson(OutboxRemoval removal) => removal?.Status is RemovalStatus.Manual or RemovalStatus.Failed;
}
