using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.LayananInformasi.Domain;
using SopPublikasi.Module.Security;

namespace SopPublikasi.Module.LayananInformasi.Kantor;

/// <summary>
/// The register of requests and of objections: filtered, open ones first by deadline (so the overdue lead), then the
/// answered, newest number first; a page at a time, each row with its clock. Searching by name is for those who may
/// see the requester's data (<see cref="LayananPermissions.LihatDataPemohon"/>); everyone else searches by number.
/// </summary>
public sealed class RegisterQueries(SopDbContext db, LayananClock clock)
{
    public async Task<RegisterPage<PermohonanRow>> PermohonanAsync(RegisterFilter filter, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(actor);
        var now = clock.Now;
        var query = db.Permohonan.AsNoTracking();
        query = filter.Status switch
        {
            "terbuka" => query.Where(p => p.Status != StatusPermohonan.Dijawab),
            "diterima" => query.Where(p => p.Status == StatusPermohonan.Diterima),
            "disiapkan" => query.Where(p => p.Status == StatusPermohonan.JawabanDisiapkan),
            "dijawab" => query.Where(p => p.Status == StatusPermohonan.Dijawab),
            _ => query,
        };
        if (filter.Tahun is { } tahun)
        {
            query = query.Where(p => p.Tahun == tahun);
        }

        if (filter.Terlambat)
        {
            query = query.Where(p => p.Status != StatusPermohonan.Dijawab && p.BatasWaktu < now);
        }

        if (filter.Query is { } q)
        {
            var lower = q.ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL lower(), the same on both databases
            query = actor.May(LayananPermissions.LihatDataPemohonName)
                ? query.Where(p => p.NomorRegister.ToLower().Contains(lower) || p.NamaPemohon.ToLower().Contains(lower))
                : query.Where(p => p.NomorRegister.ToLower().Contains(lower));
#pragma warning restore CA1304, CA1311, CA1862
        }

        var total = await query.CountAsync(ct);
        var rows = await query
            .OrderBy(p => p.Status == StatusPermohonan.Dijawab)
            .ThenBy(p => p.Status == StatusPermohonan.Dijawab ? -(p.Tahun * 100000) - p.Urutan : 0)
            .ThenBy(p => p.BatasWaktu)
            .Skip((filter.Page - 1) * RegisterFilter.PageSize).Take(RegisterFilter.PageSize)
            .Select(p => new
            {
                p.Id,
                p.NomorRegister,
                p.DiterimaPada,
                p.NamaPemohon,
                p.Saluran,
                p.Status,
                p.Keputusan,
                p.BatasWaktu,
                p.LamaHariKerja,
                Diperpanjang = p.DiperpanjangPada != null,
                Keberatan = p.KeberatanList.Count,
            })
            .ToListAsync(ct);
        var result = new List<PermohonanRow>(rows.Count);
        foreach (var p in rows)
        {
            var jam = await clock.ReadAsync(p.BatasWaktu, p.Status == StatusPermohonan.Dijawab, p.LamaHariKerja, ct);
            result.Add(new PermohonanRow(
                p.Id, p.NomorRegister, p.DiterimaPada, p.NamaPemohon, LayananLabels.Saluran(p.Saluran), LayananLabels.Status(p.Status),
                p.Keputusan is { } k ? LayananLabels.Keputusan(k) : null, p.BatasWaktu, jam, p.Diperpanjang, p.Keberatan));
        }

        return new RegisterPage<PermohonanRow>(result, total, filter.Page);
    }

    public async Task<RegisterPage<KeberatanRow>> KeberatanAsync(RegisterFilter filter, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(actor);
        var now = clock.Now;
        var query = db.Keberatan.AsNoTracking();
        query = filter.Status switch
        {
            "menunggu" => query.Where(k => k.Status == StatusKeberatan.Diterima),
            "dijawab" => query.Where(k => k.Status == StatusKeberatan.Dijawab),
            _ => query,
        };
        if (filter.Tahun is { } tahun)
        {
            query = query.Where(k => k.Tahun == tahun);
        }

        if (filter.Terlambat)
        {
            query = query.Where(k => k.Status == StatusKeberatan.Diterima && k.BatasWaktu < now);
        }

        if (filter.Query is { } q)
        {
            var lower = q.ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL lower(), the same on both databases
            query = actor.May(LayananPermissions.LihatDataPemohonName)
                ? query.Where(k => k.NomorRegister.ToLower().Contains(lower) || k.Permohonan!.NomorRegister.ToLower().Contains(lower) || k.Permohonan!.NamaPemohon.ToLower().Contains(lower))
                : query.Where(k => k.NomorRegister.ToLower().Contains(lower) || k.Permohonan!.NomorRegister.ToLower().Contains(lower));
#pragma warning restore CA1304, CA1311, CA1862
        }

        var total = await query.CountAsync(ct);
        var rows = await query
            .OrderBy(k => k.Status == StatusKeberatan.Dijawab)
            .ThenBy(k => k.Status == StatusKeberatan.Dijawab ? -(k.Tahun * 100000) - k.Urutan : 0)
            .ThenBy(k => k.BatasWaktu)
            .Skip((filter.Page - 1) * RegisterFilter.PageSize).Take(RegisterFilter.PageSize)
            .Select(k => new
            {
                k.Id,
                k.NomorRegister,
                k.PermohonanId,
                NomorPermohonan = k.Permohonan!.NomorRegister,
                k.DiterimaPada,
                k.Permohonan.NamaPemohon,
                k.Status,
                k.Putusan,
                k.BatasWaktu,
                k.LamaHariKerja,
                Sengketa = k.SengketaDiajukanPada != null,
            })
            .ToListAsync(ct);
        var result = new List<KeberatanRow>(rows.Count);
        foreach (var k in rows)
        {
            var jam = await clock.ReadAsync(k.BatasWaktu, k.Status == StatusKeberatan.Dijawab, k.LamaHariKerja, ct);
            result.Add(new KeberatanRow(
                k.Id, k.NomorRegister, k.PermohonanId, k.NomorPermohonan, k.DiterimaPada, k.NamaPemohon,
                LayananLabels.Keberatan(k.Status, k.Putusan), k.BatasWaktu, jam, k.Sengketa));
        }

        return new RegisterPage<KeberatanRow>(result, total, filter.Page);
    }

    /// <summary>The years that have requests, newest first (the year filter's choices), this year always among them.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(int thisYear, CancellationToken ct)
    {
        var years = await db.Permohonan.AsNoTracking().Select(p => p.Tahun).Distinct().ToListAsync(ct);
        return [.. years.Append(thisYear).Distinct().OrderDescending()];
    }
}
