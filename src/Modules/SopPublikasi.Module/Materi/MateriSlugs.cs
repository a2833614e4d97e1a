using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Materi;

/// <summary>Each item's address (<see cref="MateriPublikasi.Slug"/>) is unique: a new item (step 1) and a new title take the first free one.</summary>
public static class MateriSlugs
{
    /// <summary>The slug itself if free, else the first free "slug-2", "slug-3"...</summary>
    public static async Task<string> UniqueSlugAsync(SopDbContext db, string slug, Guid? owner, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var taken = await db.Materi
            .Where(m => (m.Slug == slug || m.Slug.StartsWith(slug + "-")) && m.Id != owner)
            .Select(m => m.Slug)
            .ToListAsync(ct);
        var candidate = slug;
        for (var n = 2; taken.Contains(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }
}
