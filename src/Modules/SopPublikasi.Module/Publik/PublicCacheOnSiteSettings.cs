using Microsoft.AspNetCore.OutputCaching;
using SopPublikasi.Module.Site;

namespace SopPublikasi.Module.Publik;

/// <summary>The site's name and contact saved in the admin show at once: every cached public page carries them.</summary>
public sealed class PublicCacheOnSiteSettings(IOutputCacheStore cache) : ISiteSettingsSavedHandler
{
    public Task SavedAsync(CancellationToken ct) => cache.EvictByTagAsync(PublicCache.SiteTag, ct).AsTask();
}
