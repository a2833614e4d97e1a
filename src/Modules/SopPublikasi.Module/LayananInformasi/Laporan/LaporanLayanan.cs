using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.LayananInformasi.Domain;

namespace SopPublikasi.Module.LayananInformasi.Laporan;

/// <summary>
/// Computes the year's report from the register: requests by their year of receipt (<see cref="Permohonan.Tahun"/>,
/// WIB), objections by theirs. Times to answer are the working days the desk recorded with each answer.
/// </summary>
public sealed class LaporanLayanan(SopDbContext db)
{
    public const int FirstYear = 2008;

    private static readonly string[] Months =
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    public static string MonthName(int month) => Months[month - 1];

    public async Task<LaporanTahunan> ForYearAsync(int tahun, CancellationToken ct)
    {
        var requests = await db.Permohonan.AsNoTracking().Where(p => p.Tahun == tahun)
            .Select(p => new Req(p.DiterimaPada, p.Status, p.Keputusan, p.LamaHariKerja, p.DijawabPada, p.BatasWaktu, p.DiperpanjangPada != null, p.AlasanPengecualian))
            .ToListAsync(ct);
        var objections = await db.Keberatan.AsNoTracking().Where(k => k.Tahun == tahun)
            .Select(k => new { k.Status, k.Putusan, k.Alasan, k.DiterimaPada, k.DijawabPada, k.BatasWaktu, Sengketa = k.SengketaDiajukanPada != null })
            .ToListAsync(ct);

        var refusals = requests
            .Where(r => r.Keputusan is KeputusanPermohonan.Ditolak or KeputusanPermohonan.DikabulkanSebagian && r.Alasan is not null)
            .GroupBy(r => AlasanPengecualian.Find(r.Alasan)?.Kode ?? r.Alasan!)
            .Select(g => new JumlahPerAlasan(g.Key, AlasanPengecualian.Find(g.Key)?.Uraian ?? g.Key, g.Count()))
            .OrderBy(a => a.Alasan, StringComparer.Ordinal)
            .ToList();
        var grounds = objections.SelectMany(k => k.Alasan)
            .GroupBy(a => a)
            .OrderBy(g => g.Key)
            .Select(g => new JumlahPerAlasan("Pasal 35 ayat (1) huruf " + (char)('a' + (int)g.Key - 1), LayananLabels.Alasan(g.Key), g.Count()))
            .ToList();
        var keberatan = new LaporanKeberatan(
            objections.Count,
            objections.Count(k => k.Putusan == PutusanKeberatan.Dikabulkan),
            objections.Count(k => k.Putusan == PutusanKeberatan.Ditolak),
            objections.Count(k => k.Status == StatusKeberatan.Diterima),
            objections.Count(k => k.DijawabPada > k.BatasWaktu),
            grounds);
        var bulanan = Enumerable.Range(1, 12).Select(m =>
        {
            var month = requests.Where(r => IndonesianTime.ToWib(r.DiterimaPada).Month == m).ToList();
            return new LaporanBulanan(
                m, MonthName(m), month.Count, Count(month, KeputusanPermohonan.Dikabulkan), Count(month, KeputusanPermohonan.DikabulkanSebagian),
                Count(month, KeputusanPermohonan.Ditolak), Count(month, KeputusanPermohonan.TidakDikuasai),
                month.Count(r => r.Status != StatusPermohonan.Dijawab), Average(month),
                objections.Count(k => IndonesianTime.ToWib(k.DiterimaPada).Month == m));
        }).ToList();

        return new LaporanTahunan(
            tahun,
            requests.Count,
            requests.Count(r => r.Status == StatusPermohonan.Dijawab),
            Count(requests, KeputusanPermohonan.Dikabulkan),
            Count(requests, KeputusanPermohonan.DikabulkanSebagian),
            Count(requests, KeputusanPermohonan.Ditolak),
            Count(requests, KeputusanPermohonan.TidakDikuasai),
            requests.Count(r => r.Status != StatusPermohonan.Dijawab),
            Average(requests),
            requests.Where(r => r.Status == StatusPermohonan.Dijawab).Max(r => r.Lama),
            requests.Count(r => r.Diperpanjang),
            requests.Count(r => r.DijawabPada > r.BatasWaktu),
            refusals,
            keberatan,
            objections.Count(k => k.Sengketa),
            bulanan);
    }

    /// <summary>The short figures /ppid shows for a year.</summary>
    public async Task<StatistikLayanan> StatistikAsync(int tahun, CancellationToken ct)
    {
        var r = await ForYearAsync(tahun, ct);
        return new StatistikLayanan(tahun, r.Diterima, r.Dijawab, r.RataRataHariKerja, r.Keberatan.Diajukan);
    }

    /// <summary>The year's requests as the register sheet lists them (no NIK, address or contact), by number.</summary>
    public async Task<IReadOnlyList<BarisRegister>> RegisterAsync(int tahun, CancellationToken ct)
    {
        var rows = await db.Permohonan.AsNoTracking().Where(p => p.Tahun == tahun).OrderBy(p => p.Urutan)
            .Select(p => new
            {
                p.NomorRegister,
                p.DiterimaPada,
                p.Saluran,
                p.JenisPemohon,
                p.NamaPemohon,
                p.RincianInformasi,
                p.Status,
                p.Keputusan,
                p.BatasWaktu,
                p.DijawabPada,
                p.LamaHariKerja,
                Diperpanjang = p.DiperpanjangPada != null,
                p.AlasanPengecualian,
                Keberatan = p.KeberatanList.Count,
            })
            .ToListAsync(ct);
        return [.. rows.Select(p => new BarisRegister(
            p.NomorRegister, p.DiterimaPada, LayananLabels.Saluran(p.Saluran), LayananLabels.JenisPemohon(p.JenisPemohon), p.NamaPemohon,
            p.RincianInformasi, LayananLabels.Status(p.Status), p.Keputusan is { } k ? LayananLabels.Keputusan(k) : null, p.BatasWaktu,
            p.DijawabPada, p.LamaHariKerja, p.Diperpanjang, p.AlasanPengecualian, p.Keberatan))];
    }

    private static int Count(IEnumerable<Req> requests, KeputusanPermohonan keputusan) =>
        requests.Count(r => r.Status == StatusPermohonan.Dijawab && r.Keputusan == keputusan);

    private static double? Average(IEnumerable<Req> requests)
    {
        var answered = requests.Where(r => r.Status == StatusPermohonan.Dijawab && r.Lama is not null).Select(r => r.Lama!.Value).ToList();
        return answered.Count == 0 ? null : Math.Round(answered.Average(), 1, MidpointRounding.AwayFromZero);
    }

    private sealed record Req(
        DateTimeOffset DiterimaPada, StatusPermohonan Status, KeputusanPermohonan? Keputusan, int? Lama, DateTimeOffset? DijawabPada,
        DateTimeOffset BatasWaktu, bool Diperpanjang, string? Alasan);
}
