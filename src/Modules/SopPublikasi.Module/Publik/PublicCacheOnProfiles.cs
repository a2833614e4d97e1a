using Microsoft.AspNetCore.OutputCaching;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Site;

namespace SopPublikasi.Module.Publik;

/// <summary>
/// A channel switched on or off (or added, or its profile address edited) shows in the footer at once: every cached
/// public page carries the footer, so this instance evicts them all and the change stamp tells the other instances.
/// </summary>
public sealed class PublicCacheOnProfiles(SopDbContext db, IOutputCacheStore cache) : IPublicProfilesChangedHandler
{
    public async Task ChangedAsync(CancellationToken ct)
    {
        await PublicCacheStamp.BumpAsync(db, ct);
        await cache.EvictByTagAsync(PublicCache.SiteTag, ct);
    }
}
