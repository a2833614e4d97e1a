using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.LayananInformasi.Domain;

namespace SopPublikasi.Module.LayananInformasi.Kalender;

/// <summary>Puts <see cref="HariLiburSeed"/> into an empty holiday table; once the table has rows, they are the administrator's.</summary>
public sealed class HariLiburSeeder(SopDbContext db, HariLiburCache cache) : IDataSeeder
{
    public int Order => 30;

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.HariLibur.AnyAsync(ct))
        {
            return;
        }

        db.HariLibur.AddRange(HariLiburSeed.All.Select(h => new HariLibur { Tanggal = h.Tanggal, Keterangan = h.Keterangan, CutiBersama = h.CutiBersama }));
        await db.SaveChangesAsync(ct);
        cache.Invalidate();
    }
}
