using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Materi;

/// <summary>Reads the admin pages need beside the aggregate: the categories and one stored version.</summary>
public sealed class MateriQueries(SopDbContext db)
{
    /// <summary>The Perki 1/2021 categories in their order.</summary>
    public async Task<IReadOnlyList<Category>> CategoriesAsync(CancellationToken ct) =>
        await db.Categories.AsNoTracking().OrderBy(c => c.Id).ToListAsync(ct);

    /// <summary>A stored version (it exists: the aggregate names it), with its category if asked.</summary>
    public Task<MateriVersion> VersionAsync(Guid id, bool withCategory, CancellationToken ct)
    {
        var versions = db.MateriVersions.AsNoTracking();
        return (withCategory ? versions.Include(v => v.Category) : versions).FirstAsync(v => v.Id == id, ct);
    }
}
