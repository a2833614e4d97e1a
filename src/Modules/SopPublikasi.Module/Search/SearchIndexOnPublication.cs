using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Materi.Events;

namespace SopPublikasi.Module.Search;

/// <summary>The search index follows the live version, in the move's transaction.</summary>
public sealed class SearchIndexOnPublication(SopDbContext db, ISearchIndex search) : IMateriEventHandler<MateriMoved>
{
    public async Task SavedAsync(MateriMoved e, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (!e.LiveChanged)
        {
            return;
        }

        if (e.Published is { } published)
        {
            var live = await db.MateriVersions.AsNoTracking().FirstAsync(v => v.Id == published.VersionId, ct);
            await search.UpsertAsync(e.Materi.Id, live.Title, live.Summary, live.Body, ct);
        }
        else
        {
            await search.RemoveAsync(e.Materi.Id, ct);
        }
    }
}
