using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.LayananInformasi.Domain;
using SopPublikasi.Module.Security;

namespace SopPublikasi.Module.LayananInformasi;

/// <summary>
/// Erases the requester's personal data (identity number, address, telephone, e-mail, the identity scan; the name
/// becomes "(dihapus)") once the request's answer, and the answer of every objection to it, is older than
/// <see cref="LayananOptions.RetensiDataPribadiBulan"/>. What the register and the report count stays. A history row
/// "data-pribadi-dihapus" records it; the scan's file goes after the commit.
/// </summary>
public sealed class LayananRetention(SopDbContext db, LayananFiles files, IOptionsMonitor<LayananOptions> options, TimeProvider clock)
{
    public const string NamaDihapus = "(dihapus)";

    private const int Batch = 50;

    public async Task<int> EraseAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var cutoff = now.AddMonths(-options.CurrentValue.RetensiDataPribadiBulan);
        var due = await db.Permohonan.AsNoTracking()
            .Where(p => p.DataPribadiDihapusPada == null && p.Status == StatusPermohonan.Dijawab && p.DijawabPada < cutoff)
            .Where(p => !p.KeberatanList.Any(k => k.Status != StatusKeberatan.Dijawab || k.DijawabPada >= cutoff))
            .OrderBy(p => p.DijawabPada).Select(p => p.Id).Take(Batch).ToListAsync(ct);
        var erased = 0;
        foreach (var id in due)
        {
            var p = await db.Permohonan.FirstAsync(x => x.Id == id, ct);
            if (p.DataPribadiDihapusPada is not null)
            {
                continue; // erased by another instance since the list was read
            }

            var scan = p.BerkasIdentitas;
            p.NamaPemohon = NamaDihapus;
            (p.NomorIdentitas, p.Alamat, p.Telepon, p.Email, p.BerkasIdentitas) = (null, null, null, null, null);
            p.DataPribadiDihapusPada = now;
            await LayananHistoryChain.AppendAsync(db, p.Id, LayananActions.DataPribadiDihapus, p.Status.ToString(), p.Status.ToString(), Actor.System, now,
                $"Masa retensi {options.CurrentValue.RetensiDataPribadiBulan} bulan sejak jawaban terakhir berakhir.", ct);
            try
            {
                await db.SaveChangesAsync(ct);
                erased++;
                files.Delete(scan);
            }
            catch (DbUpdateException ex) when (!DatabaseFailures.IsUnavailable(ex))
            {
                // Another instance erased it first (its history row took the sequence): done either way.
                db.ChangeTracker.Clear();
            }
        }

        return erased;
    }
}
