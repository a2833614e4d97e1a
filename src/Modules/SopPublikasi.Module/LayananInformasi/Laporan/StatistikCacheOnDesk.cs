using Microsoft.AspNetCore.OutputCaching;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Publik;

namespace SopPublikasi.Module.LayananInformasi.Laporan;

/// <summary>
/// /ppid's statistics and the public annual report follow the desk: a received, answered or objected request moves
/// the change stamp with its commit (other instances evict on their next look) and evicts this instance's lists.
/// </summary>
public sealed class StatistikCacheOnDesk(SopDbContext db, IOutputCacheStore cache) :
    ILayananEventHandler<PermohonanDiterima>,
    ILayananEventHandler<PermohonanBerubah>,
    ILayananEventHandler<KeberatanDiterima>,
    ILayananEventHandler<KeberatanBerubah>
{
    public Task StagingAsync(PermohonanDiterima e, CancellationToken ct) => PublicCacheStamp.BumpAsync(db, ct);

    public Task CommittedAsync(PermohonanDiterima e, CancellationToken ct) => EvictAsync(ct);

    public Task StagingAsync(PermohonanBerubah e, CancellationToken ct) => PublicCacheStamp.BumpAsync(db, ct);

    public Task CommittedAsync(PermohonanBerubah e, CancellationToken ct) => EvictAsync(ct);

    public Task StagingAsync(KeberatanDiterima e, CancellationToken ct) => PublicCacheStamp.BumpAsync(db, ct);

    public Task CommittedAsync(KeberatanDiterima e, CancellationToken ct) => EvictAsync(ct);

    public Task StagingAsync(KeberatanBerubah e, CancellationToken ct) => PublicCacheStamp.BumpAsync(db, ct);

    public Task CommittedAsync(KeberatanBerubah e, CancellationToken ct) => EvictAsync(ct);

    private Task EvictAsync(CancellationToken ct) => cache.EvictByTagAsync(PublicCache.ListsTag, ct).AsTask();
}
