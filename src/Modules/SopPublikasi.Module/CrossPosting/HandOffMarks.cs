using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.CrossPosting.Delivery;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Security;

namespace SopPublikasi.Module.CrossPosting;

/// <summary>
/// "Tandai sudah dikirim" for a hand-off row (WhatsApp), from the item page and Status Media Sosial alike. The caller
/// checks the permission (KelolaSaluran); this records who and when, and answers a repeated mark with the first one.
/// </summary>
public sealed class HandOffMarks(SopDbContext db, OutboxActions actions)
{
    /// <summary>
    /// Marks the row sent by <paramref name="actor"/>; with <paramref name="materiId"/>, only a row of that item.
    /// Returns whether the page may say it is done, and what to say (Bahasa Indonesia).
    /// </summary>
    public async Task<(bool Done, string Message)> MarkAsync(Guid id, Guid? materiId, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var row = await db.Outbox.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id && (materiId == null || o.MateriId == materiId), ct);
        if (row is null)
        {
            return (false, "Kiriman tidak ditemukan.");
        }

        if (await actions.MarkSentByHandAsync(id, actor.Id, actor.Name, ct))
        {
            return (true, $"Kiriman WhatsApp {row.Channel} ditandai sudah dikirim.");
        }

        // A second submit (a double tap, a reloaded form, a colleague at the same time): the first mark stands.
        var now = await db.Outbox.AsNoTracking().FirstAsync(o => o.Id == id, ct);
        return now.Status == OutboxStatus.Sent && now.SentByName is not null
            ? (true, $"Sudah tercatat sebelumnya: {CrossPostStatusText.SentByHand(now)}.")
            : (false, "Kiriman ini tidak menunggu dikirim manual; muat ulang halaman.");
    }
}
