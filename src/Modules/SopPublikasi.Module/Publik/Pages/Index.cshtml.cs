using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using SopPublikasi.Module.Halaman;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Publik;
using SopPublikasi.Module.Site;

namespace SopPublikasi.Module.Publik.Pages;

/// <summary>
/// Beranda: serta merta information first, then the headline (the newest berita kegiatan with a photo), the Camat's
/// greeting (the standing page <see cref="SambutanSlug"/>, when it exists), the service shortcuts (the Layanan pages),
/// office hours and the map, and the latest berita, pengumuman and agenda.
/// </summary>
[OutputCache(PolicyName = PublicCache.Lists)]
public sealed class BerandaModel(PublicArticles articles, Media.MediaFiles media, HalamanStore halaman, SiteSettings settings) : PageModel
{
    public const int PageSize = 6;

    /// <summary>The standing page whose text is the Camat's greeting on the Beranda.</summary>
    public const string SambutanSlug = HalamanSlugs.SambutanCamat;

    /// <summary>The category the headline is taken from.</summary>
    public const string HeadlineCategory = "berita-kegiatan";

    public PublishedArticle? Headline { get; private set; }

    public BeritaEndpoints.FotoView? HeadlineCover { get; private set; }

    public HalamanStatis? Sambutan { get; private set; }

    public IReadOnlyList<HalamanStatis> Layanan { get; private set; } = [];

    public SiteOptions Site { get; private set; } = null!;

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
        if (await articles.CategoryAsync(HeadlineCategory, ct) is { } berita
            && await articles.NewestWithCoverAsync(berita.Id, ct) is { } headline)
        {
            var files = await media.CataloguedAsync([headline.CoverImageId], ct);
            HeadlineCover = BeritaEndpoints.Foto(headline.CoverImageId, headline.CoverImageAlt, files);
            Headline = HeadlineCover is null ? null : headline;
        }

        Sambutan = await halaman.BySlugAsync(SambutanSlug, ct);
        Layanan = await halaman.InGroupAsync(HalamanGrup.Layanan, ct);
        Site = await settings.GetAsync(ct);
    }

    private async Task<IReadOnlyList<PublishedArticle>> NewestOfAsync(string category, int take, CancellationToken ct) =>
        await articles.CategoryAsync(category, ct) is { } found ? await articles.NewestCardsAsync(found.Id, 0, take, ct) : [];
}
