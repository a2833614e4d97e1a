using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Api;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Site;

namespace SopPublikasi.Module.Publik;

/// <summary>Categories, and the Daftar Informasi Publik (DIP) grouped by the Perki 1/2021 categories.</summary>
public static class InformasiPublikEndpoints
{
    public sealed record KategoriView(int Id, string Nama, string Slug, int JumlahTerbit);

    public sealed record DipItem(
        Guid Id, string Judul, string RingkasanIsi, string UnitPenguasa, string PenanggungJawab, DateOnly WaktuPembuatan,
        string TempatPembuatan, string Bentuk, string Retensi, string Url, IReadOnlyList<BeritaEndpoints.LampiranView> Lampiran);

    public sealed record DipKategori(string Kode, string Nama, IReadOnlyList<DipItem> Items);

    public sealed record DipView(DateTimeOffset? Diperbarui, IReadOnlyList<DipKategori> Kategori);

    public static void MapInformasiPublikApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/kategori", GetCategoriesAsync).WithName("DaftarKategori").WithTags("Publik").WithSummary("Kategori konten dengan jumlah materi terbit.");
        api.MapGet("/informasi-publik", GetDipAsync).WithName("DaftarInformasiPublik").WithTags("Publik")
            .WithSummary("Daftar Informasi Publik: materi terbit per kategori Perki 1/2021 dengan kolom DIP.");
    }

    public static async Task<CachedJson<KategoriView[]>> GetCategoriesAsync(SopDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var counts = await db.Materi.AsNoTracking().Where(m => m.PublishedVersionId != null)
            .GroupBy(m => m.PublishedVersion!.CategoryId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.Id).ToListAsync(ct);
        return CachedJson.Public(categories.Select(c => new KategoriView(c.Id, c.Name, c.Slug, counts.GetValueOrDefault(c.Id))).ToArray());
    }

    public static async Task<CachedJson<DipView>> GetDipAsync(PublicArticles articles, SopDbContext db, IOptions<SiteOptions> site, IOptions<DipOptions> defaults, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var (items, _) = await articles.PageAsync(BeritaFilter.None, 1, int.MaxValue, ct);
        var files = await BeritaEndpoints.ImagesAsync(db, items.SelectMany(a => a.AttachmentIds).Select(id => (Guid?)id), ct);
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
                    [.. a.AttachmentIds.Where(files.ContainsKey).Select(id => files[id]).Select(f => new BeritaEndpoints.LampiranView(f.OriginalName, f.ContentType, f.Size, $"/media/{f.Id}"))]))]))
            .ToList();
        return CachedJson.Public(new DipView(items.Count == 0 ? null : IndonesianTime.ToWib(items.Max(a => a.UpdatedAt)), groups));
    }
}
