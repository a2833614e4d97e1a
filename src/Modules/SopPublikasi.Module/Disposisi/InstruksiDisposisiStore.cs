using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Disposisi;

/// <summary>The instruction checklist as offered on new disposisi and printed on the Lembar Disposisi.</summary>
public sealed class InstruksiDisposisiStore(SopDbContext db)
{
    /// <summary>The active options in their order.</summary>
    public async Task<IReadOnlyList<string>> ActiveAsync(CancellationToken ct) =>
        await db.InstruksiDisposisi.AsNoTracking().Where(i => i.Active).OrderBy(i => i.Order).ThenBy(i => i.Id).Select(i => i.Text).ToListAsync(ct);
}
