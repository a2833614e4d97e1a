using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.LayananInformasi.Domain;

namespace SopPublikasi.Module.LayananInformasi.Kantor;

/// <summary>One overdue or nearly due item on the dashboard: a request or an objection.</summary>
public sealed record DasborLayananItem(Guid Id, bool IsKeberatan, string Nomor, string Nama, DateTimeOffset BatasWaktu, JamLayanan Jam);

/// <summary>What the dashboard's "Permohonan informasi" section shows: overdue first, then due within 2 working days.</summary>
public sealed record DasborLayananView(IReadOnlyList<DasborLayananItem> Terlambat, IReadOnlyList<DasborLayananItem> Dekat);

/// <summary>The open requests and objections whose clock ran out or runs out within two working days.</summary>
public sealed class LayananDasbor(SopDbContext db, LayananClock clock)
{
    // Two working days are never more than this many calendar days away (a weekend plus the longest cuti bersama run).
    private static readonly TimeSpan Horizon = TimeSpan.FromDays(21);

    public async Task<DasborLayananView> BuildAsync(CancellationToken ct)
    {
        var limit = clock.Now + Horizon;
        var requests = await db.Permohonan.AsNoTracking()
            .Where(p => p.Status != StatusPermohonan.Dijawab && p.BatasWaktu <= limit)
            .OrderBy(p => p.BatasWaktu)
            .Select(p => new { p.Id, p.NomorRegister, p.NamaPemohon, p.BatasWaktu })
            .ToListAsync(ct);
        var objections = await db.Keberatan.AsNoTracking()
            .Where(k => k.Status == StatusKeberatan.Diterima && k.BatasWaktu <= limit)
            .OrderBy(k => k.BatasWaktu)
            .Select(k => new { k.Id, k.NomorRegister, k.Permohonan!.NamaPemohon, k.BatasWaktu })
            .ToListAsync(ct);
        var items = new List<DasborLayananItem>();
        foreach (var p in requests)
        {
            items.Add(new(p.Id, false, p.NomorRegister, p.NamaPemohon, p.BatasWaktu, await clock.ReadAsync(p.BatasWaktu, false, null, ct)));
        }

        foreach (var k in objections)
        {
            items.Add(new(k.Id, true, k.NomorRegister, k.NamaPemohon, k.BatasWaktu, await clock.ReadAsync(k.BatasWaktu, false, null, ct)));
        }

        var ordered = items.OrderBy(i => i.BatasWaktu).ToList();
        return new DasborLayananView([.. ordered.Where(i => i.Jam.Terlambat)], [.. ordered.Where(i => i.Jam.Dekat)]);
    }
}
