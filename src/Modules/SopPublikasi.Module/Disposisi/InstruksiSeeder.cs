using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Disposisi;

/// <summary>The instruction checklist starts as configured (or the defaults); afterwards administrators edit it.</summary>
public sealed class InstruksiSeeder(SopDbContext db, IOptions<DisposisiOptions> options) : IDataSeeder
{
    public int Order => 20;

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.InstruksiDisposisi.AnyAsync(ct))
        {
            return;
        }

        db.InstruksiDisposisi.AddRange(options.Value.Instructions.Distinct(StringComparer.Ordinal)
            .Select((text, i) => new InstruksiDisposisi { Text = text, Order = (i + 1) * 10 }));
        await db.SaveChangesAsync(ct);
    }
}
