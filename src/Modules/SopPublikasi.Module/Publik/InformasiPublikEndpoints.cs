using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Site;

namespace SopPublikasi.Module.Publik;

/// <summary>Categories, and the Daftar Informasi Publik (DIP) grouped by the Perki 1/2021 categories.</summary>
public static class InformasiPublikEndpoints
{
    public sealed record KategoriView(int Id, string Nama, string Slug, int JumlahTerbit);

    /// <param name="Diperbarui">The item's latest publication (first publication or a published revision), WIB: the date informasi berkala must keep within Ppid:BerkalaMaxAge.</param>
    public sealed record DipItem(
        Guid Id, string Judul, string RingkasanIsi, string UnitPenguasa, string PenanggungJawab, DateOnly WaktuPembuatan,
        string TempatPembuatan, string Bentuk, string Retensi, string Url, IReadOnlyList<BeritaEndpoints.LampiranView> Lampiran,
        DateTimeOffset Diperbarui);

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

    public static async Task<CachedJson<DipView>> GetDipAsync(DaftarInformasiPublik dip, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dip);
        return CachedJson.Public(await dip.BuildAsync(ct));
    }
}
