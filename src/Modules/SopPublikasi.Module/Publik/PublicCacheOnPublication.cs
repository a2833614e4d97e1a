using Microsoft.AspNetCore.OutputCaching;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Materi.Events;

namespace SopPublikasi.Module.Publik;

/// <summary>
/// The very next request sees a change of the live version: the change stamp moves with the commit (other
/// instances read it), and this instance evicts the article's page and every list, feed and sitemap after it.
/// </summary>
public sealed class PublicCacheOnPublication(SopDbContext db, IOutputCacheStore cache) : IMateriEventHandler<MateriMoved>
{
    public Task SavedAsync(MateriMoved e, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.LiveChanged ? PublicCacheStamp.BumpAsync(db, ct) : Task.CompletedTask;
    }

    public Task CommittedAsync(MateriMoved e, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.LiveChanged ? cache.EvictPublishedAsync(e.Materi.Slug, ct) : Task.CompletedTask;
    }
}
