using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.LayananInformasi.Domain;
using SopPublikasi.Module.Notifications;

namespace SopPublikasi.Module.LayananInformasi.Publik;

/// <summary>
/// Stages the requester's e-mail in the same save as the desk's move (received, extended, answered, objection received,
/// objection answered), when the requester gave an address and e-mail is on; wakes the sender after the commit. Each
/// mail goes once (<see cref="SuratPemohon.KunciSekali"/>): a later move (preparing an answer after the extension) does
/// not repeat it.
/// </summary>
public sealed class SuratPemohonOnEvents(
    SopDbContext db,
    IOptionsMonitor<EmailOptions> email,
    IOptionsMonitor<PpidPublikOptions> options,
    SuratPemohonSignal signal,
    TimeProvider clock)
    : ILayananEventHandler<PermohonanDiterima>,
      ILayananEventHandler<PermohonanBerubah>,
      ILayananEventHandler<KeberatanDiterima>,
      ILayananEventHandler<KeberatanBerubah>
{
    public Task StagingAsync(PermohonanDiterima e, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        var p = e.Permohonan;
        return StageAsync(p, p.Id, "diterima", SuratPemohonTeks.Diterima(p), ct);
    }

    public Task StagingAsync(PermohonanBerubah e, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        var p = e.Permohonan;
        if (p.Status == StatusPermohonan.Dijawab)
        {
            return StageAsync(p, p.Id, "dijawab", SuratPemohonTeks.Dijawab(p), ct);
        }

        return p.DiperpanjangPada is not null
            ? StageAsync(p, p.Id, "diperpanjang", SuratPemohonTeks.Diperpanjang(p), ct)
            : Task.CompletedTask;
    }

    public Task StagingAsync(KeberatanDiterima e, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        return StageAsync(e.Permohonan, e.Keberatan.Id, "keberatan-diterima", SuratPemohonTeks.KeberatanDiterima(e.Keberatan, e.Permohonan), ct);
    }

    public Task StagingAsync(KeberatanBerubah e, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.Keberatan.Status == StatusKeberatan.Dijawab
            ? StageAsync(e.Permohonan, e.Keberatan.Id, "keberatan-dijawab", SuratPemohonTeks.KeberatanDijawab(e.Keberatan, e.Permohonan), ct)
            : Task.CompletedTask;
    }

    public Task CommittedAsync(PermohonanDiterima e, CancellationToken ct) => Wake();

    public Task CommittedAsync(PermohonanBerubah e, CancellationToken ct) => Wake();

    public Task CommittedAsync(KeberatanDiterima e, CancellationToken ct) => Wake();

    public Task CommittedAsync(KeberatanBerubah e, CancellationToken ct) => Wake();

    private async Task StageAsync(Permohonan p, Guid about, string jenis, (string Judul, string Isi) teks, CancellationToken ct)
    {
        if (!email.CurrentValue.Enabled || string.IsNullOrWhiteSpace(p.Email))
        {
            return;
        }

        var key = $"{about:N}:{jenis}";
        if (db.ChangeTracker.Entries<SuratPemohon>().Any(x => x.Entity.KunciSekali == key)
            || await db.SuratPemohon.AnyAsync(s => s.KunciSekali == key, ct))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var first = jenis == "diterima";
        db.SuratPemohon.Add(new SuratPemohon
        {
            PermohonanId = p.Id,
            Jenis = jenis,
            KunciSekali = key,
            Kepada = p.Email.Trim(),
            Judul = teks.Judul.Length > 200 ? teks.Judul[..200] : teks.Judul,
            Isi = teks.Isi.Length > 3500 ? teks.Isi[..3500] : teks.Isi,

            // The received-mail waits for the page that showed the code to hand it over (SuratPemohonOutbox), or goes
            // without it after a short while (a request registered by staff or through the API).
            Status = first ? StatusSurat.MenungguKode : StatusSurat.Menunggu,
            BerikutnyaPada = first ? now + options.CurrentValue.TungguKode : now,
            DibuatPada = now,
        });
    }

    private Task Wake()
    {
        signal.Notify();
        return Task.CompletedTask;
    }
}
