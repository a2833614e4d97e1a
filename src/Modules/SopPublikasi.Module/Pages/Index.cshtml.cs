using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Publik;

namespace SopPublikasi.Module.Pages;

/// <summary>Beranda: serta merta information first, then the latest berita, pengumuman and agenda.</summary>
[OutputCache(PolicyName = PublicCache.Lists)]
public sealed class IndexModel(PublicArticles articles) : PageModel
{
    public const int PageSize = 6;

    public ArticleListing Latest { get; private set; } = null!;

    public IReadOnlyList<PublishedArticle> SertaMerta { get; private set; } = [];

    public IReadOnlyList<PublishedArticle> Pengumuman { get; private set; } = [];

    public IReadOnlyList<PublishedArticle> Agenda { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var (latest, total) = await articles.PageAsync(1, PageSize, ct);
        Latest = new ArticleListing(latest, Math.Min(total, PageSize), 1, PageSize, n => $"/berita?halaman={n}");
        SertaMerta = (await articles.PageAsync(new BeritaFilter(Klasifikasi: KategoriInformasi.SertaMerta), 1, 3, ct)).Items;
        Pengumuman = (await articles.PageAsync(new BeritaFilter(Kategori: "pengumuman"), 1, 5, ct)).Items;
        Agenda = (await articles.PageAsync(new BeritaFilter(Kategori: "agenda"), 1, 5, ct)).Items;
    }
}
