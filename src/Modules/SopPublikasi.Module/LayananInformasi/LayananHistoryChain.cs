using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.LayananInformasi.Domain;
using SopPublikasi.Module.Security;

namespace SopPublikasi.Module.LayananInformasi;

/// <summary>The hash chain over a request's history rows (its objections' moves included), like <see cref="Workflow.HistoryChain"/>.</summary>
public static class LayananHistoryChain
{
    public static readonly string Genesis = HashChain.Genesis;

    public static string Compute(LayananHistoryEntry entry, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var inv = CultureInfo.InvariantCulture;
        return HashChain.Hash(
            previousHash,
            entry.PermohonanId.ToString("N"),
            entry.Sequence.ToString(inv),
            entry.Action,
            entry.From,
            entry.To,
            entry.ActorId,
            entry.ActorName,
            HashChain.Instant(entry.At),
            entry.Note ?? string.Empty);
    }

    /// <summary>The sequence number of the first row that does not fit the chain, or null when it is whole.</summary>
    public static int? FindBreak(IEnumerable<LayananHistoryEntry> entries) =>
        HashChain.FindBreak(entries, e => e.Sequence, e => e.PreviousHash, e => e.Hash, Compute);

    /// <summary>
    /// Adds the next row of the request's chain to <paramref name="db"/> (saved with the move). The moves of one request
    /// are serialized by its revisi (and the unique sequence), so the last row read is the last row.
    /// </summary>
    public static async Task<LayananHistoryEntry> AppendAsync(
        SopDbContext db, Guid permohonanId, string action, string from, string to, Actor? actor, DateTimeOffset at, string? note, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var pending = db.ChangeTracker.Entries<LayananHistoryEntry>()
            .Where(e => e.State == EntityState.Added && e.Entity.PermohonanId == permohonanId)
            .Select(e => e.Entity)
            .OrderByDescending(e => e.Sequence)
            .FirstOrDefault();
        var last = pending ?? await db.LayananHistory.AsNoTracking()
            .Where(h => h.PermohonanId == permohonanId)
            .OrderByDescending(h => h.Sequence)
            .FirstOrDefaultAsync(ct);
        var entry = new LayananHistoryEntry
        {
            PermohonanId = permohonanId,
            Sequence = (last?.Sequence ?? 0) + 1,
            Action = action,
            From = from,
            To = to,
            ActorId = actor?.Id ?? "pemohon",
            ActorName = actor?.Name ?? "Pemohon",
            At = at,
            Note = note,
            PreviousHash = last?.Hash ?? Genesis,
        };
        entry.Hash = Compute(entry, entry.PreviousHash);
        db.LayananHistory.Add(entry);
        return entry;
    }
}
