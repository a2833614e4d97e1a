using Microsoft.AspNetCore.OutputCaching;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Halaman;

namespace SopPublikasi.Module.Publik;

/// <summary>A standing page saved in the admin shows at once: the change stamp moves with the save, and this instance evicts every list.</summary>
public sealed class PublicCacheOnHalaman(SopDbContext db, IOutputCacheStore cache) : IHalamanSavedHandler
{
    public Task SavedAsync(HalamanStatis page, CancellationToken ct) => PublicCacheStamp.BumpAsync(db, ct);

    public Task CommittedAsync(HalamanStatis page, CancellationToken ct) => cache.EvictByTagAsync(PublicCache.ListsTag, ct).AsTask();
}
