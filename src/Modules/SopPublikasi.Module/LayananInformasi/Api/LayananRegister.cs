using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.LayananInformasi.Domain;

namespace SopPublikasi.Module.LayananInformasi.Api;

/// <summary>The registers of requests and objections as the office API reads them (newest first), and one row with what its view needs.</summary>
public sealed class LayananRegister(SopDbContext db, TimeProvider clock)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>A page of requests; the name is searched only for a holder of LihatDataPemohon (as the admin register does).</summary>
    public async Task<(IReadOnlyList<Permohonan> Items, int Total)> PermohonanAsync(RegisterFilter<StatusPermohonan> filter, bool searchName, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var now = Now;
        var rows = db.Permohonan.AsNoTracking();
        if (filter.Status is { } status)
        {
            rows = rows.Where(p => p.Status == status);
        }

        if (filter.Tahun is { } tahun)
        {
            rows = rows.Where(p => p.Tahun == tahun);
        }

        if (filter.Terlambat is { } late)
        {
            rows = late
                ? rows.Where(p => p.Status != StatusPermohonan.Dijawab && p.BatasWaktu < now)
                : rows.Where(p => p.Status == StatusPermohonan.Dijawab || p.BatasWaktu >= now);
        }

        if (filter.Q is { } q)
        {
            var needle = q.ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL lower(), the same on both databases
            rows = searchName
                ? rows.Where(p => p.NomorRegister.ToLower().Contains(needle) || p.RincianInformasi.ToLower().Contains(needle) || p.NamaPemohon.ToLower().Contains(needle))
                : rows.Where(p => p.NomorRegister.ToLower().Contains(needle) || p.RincianInformasi.ToLower().Contains(needle));
#pragma warning restore CA1304, CA1311, CA1862
        }

        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(p => p.Tahun).ThenByDescending(p => p.Urutan)
            .Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize).ToListAsync(ct);
        return (items, total);
    }

    /// <summary>A page of objections with the number of the request each concerns.</summary>
    public async Task<(IReadOnlyList<(Keberatan Keberatan, string NomorPermohonan)> Items, int Total)> KeberatanAsync(RegisterFilter<StatusKeberatan> filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var now = Now;
        var rows = db.Keberatan.AsNoTracking();
        if (filter.Status is { } status)
        {
            rows = rows.Where(k => k.Status == status);
        }

        if (filter.Tahun is { } tahun)
        {
            rows = rows.Where(k => k.Tahun == tahun);
        }

        if (filter.Terlambat is { } late)
        {
            rows = late
                ? rows.Where(k => k.Status != StatusKeberatan.Dijawab && k.BatasWaktu < now)
                : rows.Where(k => k.Status == StatusKeberatan.Dijawab || k.BatasWaktu >= now);
        }

        if (filter.Q is { } q)
        {
            var needle = q.ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL lower(), the same on both databases
            rows = rows.Where(k => k.NomorRegister.ToLower().Contains(needle) || k.Permohonan!.NomorRegister.ToLower().Contains(needle));
#pragma warning restore CA1304, CA1311, CA1862
        }

        var total = await rows.CountAsync(ct);
        var page = await rows.OrderByDescending(k => k.Tahun).ThenByDescending(k => k.Urutan)
            .Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize)
            .Select(k => new { Keberatan = k, Nomor = k.Permohonan!.NomorRegister }).ToListAsync(ct);
        return ([.. page.Select(x => (x.Keberatan, x.Nomor))], total);
    }

    public Task<Permohonan?> FindPermohonanAsync(Guid id, CancellationToken ct) =>
        db.Permohonan.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);

    public Task<Permohonan?> FindByNomorAsync(string nomor, CancellationToken ct) =>
        db.Permohonan.AsNoTracking().FirstOrDefaultAsync(p => p.NomorRegister == nomor, ct);

    public async Task<Keberatan?> FindKeberatanAsync(Guid id, CancellationToken ct) =>
        await db.Keberatan.AsNoTracking().Include(k => k.Permohonan).FirstOrDefaultAsync(k => k.Id == id, ct);

    public async Task<IReadOnlyList<LampiranJawaban>> LampiranAsync(Guid permohonanId, CancellationToken ct) =>
        await db.PermohonanLampiran.AsNoTracking().Where(l => l.PermohonanId == permohonanId).OrderBy(l => l.NamaBerkas).ToListAsync(ct);

    public async Task<IReadOnlyList<Keberatan>> KeberatanOfAsync(Guid permohonanId, CancellationToken ct) =>
        await db.Keberatan.AsNoTracking().Where(k => k.PermohonanId == permohonanId).ToListAsync(ct);

    public async Task<IReadOnlyList<LayananHistoryEntry>> RiwayatAsync(Guid permohonanId, CancellationToken ct) =>
        await db.LayananHistory.AsNoTracking().Where(h => h.PermohonanId == permohonanId).OrderBy(h => h.Sequence).ToListAsync(ct);
}
