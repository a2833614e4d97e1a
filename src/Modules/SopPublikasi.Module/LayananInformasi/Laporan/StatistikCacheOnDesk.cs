using Microsoft.AspNetCore.OutputCaching;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Publik;

namespace SopPublikasi.Module.LayananInformasi.Laporan;

/// <summary>
/// /ppid's statistics and the public annual report follow the desk: once a request is received, moved or objected
/// to, the change stamp moves (other instances evict on their next look) and this instance's lists are evicted.
/// After the commit (the desk stages before its own transaction): a failed move changes no figure.
/// </summary>
public sealed class StatistikCacheOnDesk(SopDbContext db, IOutputCacheStore cache) :
    ILayananEventHandler<PermohonanDiterima>,
    ILayananEventHandler<PermohonanBerubah>,
    ILayananEventHandler<KeberatanDiterima>,
    ILayananEventHandler<KeberatanBerubah>
{
    public Task CommittedAsync(PermohonanDiterima e, CancellationToken ct) => RefreshAsync(ct);

    public Task CommittedAsync(PermohonanBerubah e, CancellationToken ct) => RefreshAsync(ct);

    public Task CommittedAsync(KeberatanDiterima e, CancellationToken ct) => RefreshAsync(ct);

    public Task CommittedAsync(KeberatanBerubah e, CancellationToken ct) => RefreshAsync(ct);

    private async Task RefreshAsync(CancellationToken ct)
    {
        await PublicCacheStamp.BumpAsync(db, ct);
        await cache.EvictByTagAsync(PublicCache.ListsTag, ct);
    }
}
