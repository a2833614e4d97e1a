using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Media;

/// <summary>The stored files' rows for pages: read (through the <see cref="MediaCatalog"/> for public pages) and recorded after an upload.</summary>
public sealed class MediaFiles(SopDbContext db, MediaCatalog catalog, MediaStore store)
{
    /// <summary>Published files for the public pages, through the per-process catalog.</summary>
    public Task<IReadOnlyDictionary<Guid, MediaFile>> CataloguedAsync(IEnumerable<Guid?> ids, CancellationToken ct) =>
        catalog.FindAsync(db, ids, ct);

    /// <summary>The files with these ids as the database holds them now, by id.</summary>
    public async Task<IReadOnlyDictionary<Guid, MediaFile>> ByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var list = ids.ToList();
        return await db.Media.AsNoTracking().Where(m => list.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
    }

    /// <summary>The files with these ids as the database holds them now.</summary>
    public async Task<IReadOnlyList<MediaFile>> ListAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var list = ids.ToList();
        return await db.Media.AsNoTracking().Where(m => list.Contains(m.Id)).ToListAsync(ct);
    }

    /// <summary>The captions and credits of these files as the database holds them now (only files that have one), by id.</summary>
    public async Task<IReadOnlyDictionary<Guid, MediaCaption>> CaptionsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, MediaCaption>();
        }

        var list = ids.Distinct().ToList();
        return await db.Media.AsNoTracking()
            .Where(m => list.Contains(m.Id) && (m.Caption != null || m.Credit != null))
            .ToDictionaryAsync(m => m.Id, m => new MediaCaption(m.Caption, m.Credit), ct);
    }

    /// <summary>One file as the database holds it now, or null.</summary>
    public Task<MediaFile?> ByIdAsync(Guid id, CancellationToken ct) =>
        db.Media.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);

    /// <summary>Records a file <see cref="MediaStore"/> has just stored; if the row cannot be written, the stored file is discarded.</summary>
    public async Task AddAsync(MediaFile saved, CancellationToken ct)
    {
        db.Media.Add(saved);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            store.Discard([saved]);
            throw;
        }
    }
}

/// <summary>A photo's caption ("keterangan") and credit ("kredit foto"), either may be empty.</summary>
public sealed record MediaCaption(string? Keterangan, string? Kredit)
{
    /// <summary>The line under the photo: "keterangan (Foto: kredit)".</summary>
    public string Line => (Keterangan, Kredit) switch
    {
        ({ Length: > 0 } k, { Length: > 0 } c) => $"{k} (Foto: {c})",
        ({ Length: > 0 } k, _) => k,
        (_, { Length: > 0 } c) => $"Foto: {c}",
        _ => string.Empty,
    };
}
