using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Publik;

namespace SopPublikasi.Module.Publik.Pages;

/// <summary>Beranda: serta merta information first, then the latest berita, pengumuman and agenda.</summary>
[OutputCache(PolicyName = PublicCache.Lists)]
public sealed class BerandaModel(PublicArticles articles) : PageModel
{
    public const int PageSize = 6;

    public ArticleListing Latest { get; private set; } = null!;

    public IReadOnlyList<PublishedArticle> SertaMerta { get; private set; } = [];

    public IReadOnlyList<PublishedArticle> Pengumuman { get; private set; } = [];

    public IReadOnlyList<PublishedArticle> Agenda { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        // The newest of each kind, without totals: the Beranda has no page numbers.
        var latest = await articles.NewestCardsAsync(0, 0, PageSize, ct);
        Latest = new ArticleListing(latest, latest.Count, 1, PageSize, n => $"/berita?halaman={n}") { LeadPhoto = FotoTag.Fetch.High };
        SertaMerta = await articles.NewestCardsAsync(KategoriInformasi.SertaMerta, 3, ct);
        Pengumuman = await NewestOfAsync("pengumuman", 5, ct);
        Agenda = await NewestOfAsync("agenda", 5, ct);
    }

    private async Task<IReadOnlyList<PublishedArticle>> NewestOfAsync(string category, int take, CancellationToken ct) =>
        await articles.CategoryAsync(category, ct) is { } found ? await articles.NewestCardsAsync(found.Id, 0, take, ct) : [];
}
