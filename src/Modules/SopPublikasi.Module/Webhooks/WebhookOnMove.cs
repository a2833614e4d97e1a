using SopPublikasi.Module.Common;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Materi.Events;

namespace SopPublikasi.Module.Webhooks;

/// <summary>Integrators hear of every move: a delivery per interested subscription, committed with the move.</summary>
public sealed class WebhookOnMove(WebhookWriter webhooks) : IMateriEventHandler<MateriMoved>, IMateriEventHandler<DisposisiCreated>
{
    public Task StagingAsync(DisposisiCreated e, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        return webhooks.EnqueueAsync(
            WebhookEvents.DisposisiDibuat,
            new { materiId = e.Materi.Id, e.Disposisi.NomorAgenda, e.Disposisi.Perihal, pemberi = e.Giver.Name },
            ct);
    }

    public async Task StagingAsync(MateriMoved e, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        var materi = e.Materi;
        foreach (var entry in e.Entries)
        {
            await webhooks.EnqueueAsync(WebhookEvents.Transisi, new
            {
                materiId = materi.Id,
                urutan = entry.Sequence,
                aksi = entry.Action,
                dari = entry.From.ToString(),
                ke = entry.To.ToString(),
                langkahSop = entry.SopStep,
                pelaku = entry.ActorName,
                peran = entry.Role,
                waktu = IndonesianTime.ToWib(entry.At),
                catatan = entry.Note,
                versi = entry.VersionNumber,
            }, ct);
        }

        if (e.Published is { } published)
        {
            // A revision that went live with a correction note carries it (the note the public article shows).
            var ralat = published.FirstTime ? null : materi.Corrections.LastOrDefault(r => r.VersionNumber == materi.LatestVersion && r.PublishedAt == materi.LastPublishedAt);
            await webhooks.EnqueueAsync(WebhookEvents.Diterbitkan, new
            {
                materiId = materi.Id,
                materi.Slug,
                versi = materi.LatestVersion,
                klasifikasi = materi.KategoriInformasi?.Key(),
                pertamaKali = published.FirstTime,
                diperbarui = IndonesianTime.ToWib(materi.LastPublishedAt!.Value),
                ralat = ralat is null ? null : new { tanggal = IndonesianTime.ToWib(ralat.PublishedAt), catatan = ralat.Note },
            }, ct);
        }

        if (materi.DomainEvents.OfType<MateriScheduled>().LastOrDefault() is { } scheduled)
        {
            // jadwalkan or jadwalkan-ulang: the time it goes live, in ISO 8601 with the WIB offset.
            var entry = e.Entries[^1];
            await webhooks.EnqueueAsync(WebhookEvents.Dijadwalkan, new
            {
                materiId = materi.Id,
                materi.Slug,
                versi = materi.LatestVersion,
                jadwal = IndonesianTime.ToWib(scheduled.At),
                aksi = entry.Action,
                pelaku = entry.ActorName,
                waktu = IndonesianTime.ToWib(entry.At),
            }, ct);
        }

        if (materi.DomainEvents.OfType<MateriWithdrawn>().FirstOrDefault() is { } withdrawn)
        {
            var entry = e.Entries[^1];
            await webhooks.EnqueueAsync(WebhookEvents.Ditarik, new
            {
                materiId = materi.Id,
                materi.Slug,
                versiDitarik = withdrawn.VersionId,
                aksi = entry.Action,
                alasan = entry.Note,
                pelaku = entry.ActorName,
                waktu = IndonesianTime.ToWib(entry.At),
            }, ct);
        }
    }

    public Task CommittedAsync(DisposisiCreated e, CancellationToken ct) => Wake();

    public Task CommittedAsync(MateriMoved e, CancellationToken ct) => Wake();

    private Task Wake()
    {
        webhooks.Committed();
        return Task.CompletedTask;
    }
}
