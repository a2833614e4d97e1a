using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Halaman;

/// <summary>The standing pages as the public site and the admin read them, and the admin's edit of one.</summary>
public sealed class HalamanStore(SopDbContext db, IEnumerable<IHalamanSavedHandler> handlers, TimeProvider clock)
{
    /// <summary>The pages of one menu (<see cref="HalamanGrup"/>) in their order.</summary>
    public async Task<IReadOnlyList<HalamanStatis>> InGroupAsync(string group, CancellationToken ct) =>
        await db.Halaman.AsNoTracking().Where(h => h.Grup == group).OrderBy(h => h.Urutan).ToListAsync(ct);

    /// <summary>One page by its slug, or null (the Beranda shows the Camat's greeting only when its page exists).</summary>
    public Task<HalamanStatis?> BySlugAsync(string slug, CancellationToken ct) =>
        db.Halaman.AsNoTracking().FirstOrDefaultAsync(h => h.Slug == slug, ct);

    /// <summary>Every page, by menu and order.</summary>
    public async Task<IReadOnlyList<HalamanStatis>> AllAsync(CancellationToken ct) =>
        await db.Halaman.AsNoTracking().OrderBy(h => h.Grup).ThenBy(h => h.Urutan).ToListAsync(ct);

    /// <summary>Saves a page's title and (already cleaned) body, with the features' reactions (<see cref="IHalamanSavedHandler"/>).</summary>
    public async Task<HalamanStatis> SaveAsync(string slug, string judul, string isi, string editedBy, CancellationToken ct)
    {
        var page = await db.Halaman.FirstAsync(h => h.Slug == slug, ct);
        page.Judul = judul;
        page.Isi = isi;
        page.UpdatedAt = clock.GetUtcNow();
        page.UpdatedBy = editedBy;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await db.SaveChangesAsync(ct);
            foreach (var handler in handlers)
            {
                await handler.SavedAsync(page, ct);
            }

            await transaction.CommitAsync(ct);
        }

        foreach (var handler in handlers)
        {
            await handler.CommittedAsync(page, ct);
        }

        return page;
    }
}
