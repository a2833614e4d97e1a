using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.LayananInformasi.Publik;

/// <summary>Hands the tracking code, known only to the page that shows it once, to the waiting received-mail.</summary>
public sealed class SuratPemohonOutbox(SopDbContext db, SuratPemohonSignal signal, TimeProvider clock)
{
    public async Task ReleaseWithCodeAsync(Guid permohonanId, string kode, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var changed = await db.SuratPemohon
            .Where(s => s.PermohonanId == permohonanId && s.Jenis == "diterima" && s.Status == StatusSurat.MenungguKode)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.KodeLacak, kode).SetProperty(x => x.Status, StatusSurat.Menunggu).SetProperty(x => x.BerikutnyaPada, now), ct);
        if (changed > 0)
        {
            signal.Notify();
        }
    }
}
