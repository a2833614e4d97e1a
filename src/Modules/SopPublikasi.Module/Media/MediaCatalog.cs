using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Media;

/// <summary>
/// The stored files' descriptions (name, type, size, resized variants), read from the database once per process:
/// a file and its variants are written once, at upload, and never changed afterwards (but for its caption and credit, see <see cref="Forget"/>), so the public pages need not
/// ask the database for them on every request. Unknown ids are not remembered (an upload may commit later), and the
/// number of entries is bounded.
/// </summary>
/// <remarks>The <see cref="MediaFile"/> objects handed out are shared: read them, never change them.</remarks>
public sealed class MediaCatalog
{
    /// <summary>More than the covers and attachments of a large archive's busy pages; beyond it, misses go to the database.</summary>
    public const int Capacity = 20_000;

    private readonly ConcurrentDictionary<Guid, MediaFile> _files = new();

    public async Task<IReadOnlyDictionary<Guid, MediaFile>> FindAsync(SopDbContext db, IEnumerable<Guid?> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ids);
        Dictionary<Guid, MediaFile>? found = null;
        List<Guid>? missing = null;
        foreach (var id in ids)
        {
            if (id is not { } key || (found?.ContainsKey(key) ?? false))
            {
                continue;
            }

            found ??= [];
            if (_files.TryGetValue(key, out var file))
            {
                found[key] = file;
            }
            else if (!(missing ??= []).Contains(key))
            {
                missing.Add(key);
            }
        }

        if (missing is not null)
        {
            var loaded = missing.Count == 1
                ? await ById(db, missing[0], ct) is { } one ? [one] : []
                : await db.Media.AsNoTracking().Where(m => missing.Contains(m.Id)).ToListAsync(ct);
            foreach (var file in loaded)
            {
                found![file.Id] = file;
                if (_files.Count < Capacity)
                {
                    _files.TryAdd(file.Id, file);
                }
            }
        }

        return found ?? Empty;
    }

    /// <summary>
    /// Drops one file's entry, after its caption or credit changed here (the only fields that change after upload).
    /// Pages that show captions read them from the database (<see cref="MediaFiles.CaptionsAsync"/>), so another
    /// instance's older entry shows no stale caption.
    /// </summary>
    public void Forget(Guid id) => _files.TryRemove(id, out _);

    private static readonly IReadOnlyDictionary<Guid, MediaFile> Empty = new Dictionary<Guid, MediaFile>();

    private static readonly Func<SopDbContext, Guid, CancellationToken, Task<MediaFile?>> ById = EF.CompileAsyncQuery(
        (SopDbContext db, Guid id, CancellationToken ct) => db.Set<MediaFile>().AsNoTracking().FirstOrDefault(m => m.Id == id));
}
