using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Materi.Events;

namespace SopPublikasi.Module.Publik;

/// <summary>
/// What the public reads: published versions only, on the site, in feeds and the sitemap, in the public API and as
/// files; the output cache that follows publication. Search results come from the Search feature.
/// </summary>
public sealed class Startup : FeatureStartup
{
    public override void ConfigureServices(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddPublicCache();
        services.AddScoped<PublicArticles>();
        services.AddScoped<PublicPhotos>();
        services.AddScoped<DaftarInformasiPublik>();
        services.AddMateriHandler<PublicCacheOnPublication>();
        services.AddScoped<Halaman.IHalamanSavedHandler, PublicCacheOnHalaman>();
        services.AddScoped<Site.ISiteSettingsSavedHandler, PublicCacheOnSiteSettings>();
        services.AddScoped<Site.IPublicProfilesChangedHandler, PublicCacheOnProfiles>();
    }

    public override void Configure(IEndpointRouteBuilder routes)
    {
        var api = routes.MapApiV1();
        api.MapBeritaApi();
        api.MapInformasiPublikApi();
        routes.MapMedia();
        routes.MapFeeds();
    }
}
