using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Disposisi;

/// <summary>The instruction checklist as offered on new disposisi and printed on the Lembar Disposisi.</summary>
public sealed class InstruksiDisposisiStore(SopDbContext db)
{
    /// <summary>The active options in their order.</summary>
    public async Task<IReadOnlyList<string>> ActiveAsync(CancellationToken ct) =>
        await db.InstruksiDisposisi.AsNoTracking().Where(i => i.Active).OrderBy(i => i.Order).ThenBy(i => i.Id).Select(i => i.Text).ToListAsync(ct);

    /// <summary>Every option, retired ones too, in their order.</summary>
    public async Task<IReadOnlyList<InstruksiDisposisi>> AllAsync(CancellationToken ct) =>
        await db.InstruksiDisposisi.AsNoTracking().OrderBy(i => i.Order).ThenBy(i => i.Id).ToListAsync(ct);

    /// <summary>
    /// Saves the checked edits of existing options and, if given, adds a new active one after the last. Sheets already
    /// given keep the text that was ticked on them.
    /// </summary>
    public async Task SaveAsync(IEnumerable<(int Id, string Text, int Order, bool Active)> edits, string? added, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(edits);
        var stored = await db.InstruksiDisposisi.ToDictionaryAsync(i => i.Id, ct);
        foreach (var (id, text, order, active) in edits)
        {
            var row = stored[id];
            (row.Text, row.Order, row.Active) = (text, order, active);
        }

        if (!string.IsNullOrEmpty(added))
        {
            db.InstruksiDisposisi.Add(new InstruksiDisposisi { Text = added, Order = stored.Values.Select(s => s.Order).DefaultIfEmpty(0).Max() + 10, Active = true });
        }

        await db.SaveChangesAsync(ct);
    }
}
