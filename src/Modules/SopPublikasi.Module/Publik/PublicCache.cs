using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.Common;

namespace SopPublikasi.Module.Publik;

/// <summary>
/// Output caching of the public site. Lists, feeds and the sitemap carry the "daftar" tag; an article page carries
/// "berita:{slug}". A publication (or a withdrawal) evicts exactly those two tags, on commit.
/// </summary>
public static class PublicCache
{
    public const string Lists = "publik-daftar";
    public const string Article = "publik-berita";
    public const string ApiLists = "publik-api-daftar";
    public const string ListsTag = "daftar";

    /// <summary>On every cached public response: evicted when the site settings (name, contact) change.</summary>
    public const string SiteTag = "situs";

    /// <summary>On every cached public response: evicted when another instance changed something (<see cref="PublicCacheStamp"/>).</summary>
    public const string AllTag = "publik";

    public static string ArticleTag(string slug) => "berita:" + slug;

    public static void AddPublicCache(this IServiceCollection services)
    {
        services.AddOutputCache(o =>
        {
            o.AddPolicy(Lists, b => b.Expire(TimeSpan.FromMinutes(10)).Tag(ListsTag, SiteTag, AllTag).SetVaryByQuery("halaman", "q", "page"));
            o.AddPolicy(ApiLists, b => b.Expire(TimeSpan.FromMinutes(10)).Tag(ListsTag, SiteTag, AllTag).SetVaryByQuery("*"));
            o.AddPolicy(Article, b => b.Expire(TimeSpan.FromMinutes(10)).Tag(SiteTag, AllTag).SetVaryByQuery([]).AddPolicy<ArticleTagPolicy>());
        });

        // Whatever store is registered (memory here), evicting the lists also drops the published-content memos.
        services.AddPublishedMemo<ListTotals>();
        services.AddPublishedMemo<FilteredTotals>();
        services.AddPublishedMemo<PublicMediaMemo>();
        services.AddPublishedMemo<GaleriTotals>();
        var store = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.Remove(store);
        services.AddSingleton<IOutputCacheStore>(sp => new EvictionAwareStore(
            store.ImplementationInstance as IOutputCacheStore
                ?? store.ImplementationFactory?.Invoke(sp) as IOutputCacheStore
                ?? (IOutputCacheStore)ActivatorUtilities.CreateInstance(sp, store.ImplementationType!),
            sp.GetServices<IPublishedMemo>()));

        services.AddSingleton<PublicCacheStamp>();
    }

    /// <summary>Evicts what a change of the live version of <paramref name="slug"/> makes stale.</summary>
    public static async Task EvictPublishedAsync(this IOutputCacheStore store, string slug, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        await store.EvictByTagAsync(ListsTag, ct);
        await store.EvictByTagAsync(ArticleTag(slug), ct);
    }

    private sealed class ArticleTagPolicy : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            if (context.HttpContext.Request.RouteValues["slug"] is string slug)
            {
                context.Tags.Add(ArticleTag(slug));
            }

            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
    }
}
