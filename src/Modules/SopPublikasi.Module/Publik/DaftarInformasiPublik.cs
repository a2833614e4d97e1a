using Microsoft.Extensions.Options;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Site;
using static SopPublikasi.Module.Publik.InformasiPublikEndpoints;

namespace SopPublikasi.Module.Publik;

/// <summary>Builds the Daftar Informasi Publik: published items per Perki 1/2021 category with the DIP fields.</summary>
public sealed class DaftarInformasiPublik(PublicArticles articles, SopDbContext db, Media.MediaCatalog media, IOptions<SiteOptions> site, IOptions<DipOptions> defaults)
{
    public async Task<DipView> BuildAsync(CancellationToken ct)
    {
        var (items, _) = await articles.PageAsync(BeritaFilter.None, 1, int.MaxValue, ct);
        var files = await media.FindAsync(db, items.SelectMany(a => a.AttachmentIds).Select(id => (Guid?)id), ct);
        var d = defaults.Value;
        var groups = KlasifikasiParser.Keys
            .Where(k => k.Value != KategoriInformasi.Dikecualikan)
            .Select(k => new DipKategori(k.Key, k.Value.Label(), [.. items
                .Where(a => a.KategoriInformasi == k.Value)
                .Select(a => new DipItem(
                    a.Id, a.Title, a.Summary,
                    a.Dip?.UnitPenguasa ?? d.UnitPenguasa, a.Dip?.PenanggungJawab ?? d.PenanggungJawab,
                    a.ActivityDate ?? DateOnly.FromDateTime(IndonesianTime.ToWib(a.PublishedAt).DateTime),
                    a.Dip?.TempatPembuatan ?? a.ActivityPlace ?? d.TempatPembuatan, a.Dip?.Bentuk ?? d.Bentuk, a.Dip?.Retensi ?? d.Retensi,
                    site.Value.ArticleUrl(a.Slug),
                    BeritaEndpoints.LampiranView.For(a.AttachmentIds, files),
                    IndonesianTime.ToWib(a.UpdatedAt)))]))
            .ToList();
        return new DipView(items.Count == 0 ? null : IndonesianTime.ToWib(items.Max(a => a.UpdatedAt)), groups);
    }
}
