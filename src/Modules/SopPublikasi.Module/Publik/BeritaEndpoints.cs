using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Media;
using SopPublikasi.Module.Site;

namespace SopPublikasi.Module.Publik;

/// <summary>Public read API: published content only, with ETags for cheap polling.</summary>
public static class BeritaEndpoints
{
    public sealed record VarianView(int? Lebar, int? Tinggi, string Url, string ContentType);

    /// <summary>A photo: every stored variant, narrowest first (WebP and JPEG per width; the original for older uploads).</summary>
    public sealed record FotoView(string? Alt, IReadOnlyList<VarianView> Varian, string? Keterangan = null, string? Kredit = null)
    {
        /// <summary>This photo with the caption and credit of the media library (null leaves it without).</summary>
        public FotoView WithCaption(MediaCaption? caption) => caption is null ? this : this with { Keterangan = caption.Keterangan, Kredit = caption.Kredit };

        /// <summary>The line under the photo on the article page ("keterangan (Foto: kredit)"), empty without either.</summary>
        [JsonIgnore]
        public string CaptionLine => new MediaCaption(Keterangan, Kredit).Line;

        public IReadOnlyList<VarianView> Of(string contentType) => [.. Varian.Where(v => v.ContentType == contentType)];

        /// <summary>The variants every browser and link-preview robot can show (JPEG; else the original).</summary>
        [JsonIgnore] // for the pages' markup: the API's clients read the variants themselves
        public IReadOnlyList<VarianView> Fallback => Of("image/jpeg") is { Count: > 0 } jpeg ? jpeg : [Varian[^1]];

        /// <summary>The largest widely readable variant: the img element's src and the og:image.</summary>
        [JsonIgnore]
        public VarianView Largest => Fallback[^1];

        /// <summary>A srcset of the variants of one type (null: the fallback ones).</summary>
        public string SrcSet(string? contentType) =>
            string.Join(", ", (contentType is null ? Fallback : Of(contentType)).Where(v => v.Lebar is not null).Select(v => $"{v.Url} {v.Lebar}w"));
    }

    public sealed record BeritaItem(Guid Id, string Slug, string Judul, string Ringkasan, string Kategori, string? Klasifikasi, IReadOnlyList<string> Tag, DateTimeOffset Terbit, string Url, FotoView? Foto)
    {
        /// <summary>When the live version last changed (first publication or the last revision that went live), WIB.</summary>
        public DateTimeOffset Diperbarui { get; init; }
    }

    /// <summary>A published correction ("Ralat"): when its revision went live (WIB) and the note.</summary>
    public sealed record RalatView(DateTimeOffset Tanggal, string Catatan);

    public sealed record LampiranView(string Nama, string ContentType, long Ukuran, string Url)
    {
        /// <summary>The attachments that exist among <paramref name="files"/>, in the article's order.</summary>
        public static IReadOnlyList<LampiranView> For(IEnumerable<Guid> ids, IReadOnlyDictionary<Guid, MediaFile> files) =>
            [.. ids.Where(files.ContainsKey).Select(id => files[id]).Select(f => new LampiranView(f.DownloadName, f.ContentType, f.Size, MediaUrls.Of(f.Id)))];
    }

    public sealed record BeritaDetail(
        Guid Id, string Slug, string Judul, string Ringkasan, string Kategori, string? Klasifikasi, IReadOnlyList<string> Tag,
        DateTimeOffset Terbit, DateTimeOffset Diperbarui, string Url, string Isi, DateOnly? TanggalKegiatan, string? LokasiKegiatan,
        FotoView? Foto, IReadOnlyList<LampiranView> Lampiran)
    {
        /// <summary>The article's published corrections, newest first (empty: none).</summary>
        public IReadOnlyList<RalatView> Ralat { get; init; } = [];
    }

    public sealed record BeritaPage(IReadOnlyList<BeritaItem> Items, int Total, int Page, int PageSize);

    /// <summary>The classes a published article can have, which the list filters by (exempt information is never published).</summary>
    private static readonly KategoriInformasi[] PublicClasses = [KategoriInformasi.Berkala, KategoriInformasi.SertaMerta, KategoriInformasi.SetiapSaat];

    public static void MapBeritaApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/berita").WithTags("Publik").ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapGet("/", GetPageAsync).WithName("DaftarBerita")
            .WithSummary("Materi terbit, terbaru lebih dulu. Filter: kategori (slug), tag, from/to (tanggal terbit, WIB), klasifikasi (berkala, serta-merta, setiap-saat), q (kata).")
            .ProducesValidationProblem()
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.Limit("page", s => (s.Minimum, s.Maximum) = ("1", OpenApiDescriptions.Number(int.MaxValue)));
                operation.Limit("pageSize", s => (s.Minimum, s.Maximum) = ("1", OpenApiDescriptions.Number(PublicArticles.MaxPageSize)));
                operation.Limit("from", s => s.Format = "date");
                operation.Limit("to", s => s.Format = "date");
                operation.Limit("klasifikasi", s => s.Enum = OpenApiDescriptions.Enum([.. PublicClasses.Select(c => c.Key())]));
                operation.Limit("q", s => s.MaxLength = 200);
                return Task.CompletedTask;
            })
            .CacheOutput(PublicCache.ApiLists);
        group.MapGet("/{slug}", GetBySlugAsync).CacheOutput(PublicCache.Article).WithName("DetailBerita").WithSummary("Satu materi terbit, dengan isi dan lampiran.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);
    }

    public static async Task<Results<CachedJson<BeritaPage>, ProblemHttpResult>> GetPageAsync(
        PublicArticles articles, SopDbContext db, MediaCatalog media, IOptions<SiteOptions> site, CancellationToken ct,
        int page = 1, int pageSize = 10, string? kategori = null, string? tag = null, string? from = null, string? to = null,
        string? klasifikasi = null, string? q = null)
    {
        var errors = new Dictionary<string, string[]>();
        var fromDate = ParseDate(from, nameof(from), errors);
        var toDate = ParseDate(to, nameof(to), errors);
        if (page < 1)
        {
            errors["page"] = ["page harus 1 atau lebih."];
        }

        if (pageSize is < 1 or > PublicArticles.MaxPageSize)
        {
            errors["pageSize"] = [$"pageSize harus antara 1 dan {PublicArticles.MaxPageSize}."];
        }

        var perki = KlasifikasiParser.Parse(klasifikasi);
        if (klasifikasi is not null && (perki is not { } known || !PublicClasses.Contains(known)))
        {
            errors["klasifikasi"] = ["klasifikasi harus berkala, serta-merta, atau setiap-saat."];
        }

        if (fromDate is not null && toDate is not null && fromDate > toDate)
        {
            errors["from"] = ["from tidak boleh sesudah to."];
        }

        if (q is { Length: > 200 })
        {
            errors["q"] = ["q paling panjang 200 karakter."];
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors, StatusCodes.Status400BadRequest, "Parameter tidak valid.");
        }

        var (items, total) = await articles.ListPageAsync(new BeritaFilter(kategori, tag, fromDate, toDate, perki, q), page, pageSize, ct);
        var images = await media.FindAsync(db, items.Select(a => a.CoverImageId), ct);
        return CachedJson.Public(new BeritaPage(
            [.. items.Select(a => new BeritaItem(a.Id, a.Slug, a.Title, a.Summary, a.CategoryName, a.KategoriInformasi?.Key(), a.Tags,
                IndonesianTime.ToWib(a.PublishedAt), site.Value.ArticleUrl(a.Slug), Foto(a.CoverImageId, a.CoverImageAlt, images))
            {
                Diperbarui = IndonesianTime.ToWib(a.UpdatedAt),
            })],
            total,
            page,
            pageSize));
    }

    public static async Task<Results<CachedJson<BeritaDetail>, ProblemHttpResult>> GetBySlugAsync(
        string slug, PublicArticles articles, SopDbContext db, MediaCatalog media, IOptions<SiteOptions> site, CancellationToken ct)
    {
        var a = await articles.BySlugAsync(slug, ct);
        if (a is null && await articles.IsGoneAsync(slug, ct))
        {
            return ApiProblems.Problem(StatusCodes.Status410Gone, "Berita telah ditarik.", $"Berita dengan alamat \"{slug}\" telah ditarik dari publikasi dan tidak lagi tersedia.");
        }

        if (a is null)
        {
            return ApiProblems.Problem(StatusCodes.Status404NotFound, "Berita tidak ditemukan.", $"Tidak ada berita terbit dengan alamat \"{slug}\".");
        }

        var files = await media.FindAsync(db, [a.CoverImageId, .. a.AttachmentIds.Select(id => (Guid?)id)], ct);
        var corrections = await articles.CorrectionsAsync(a.Id, ct);
        return CachedJson.Public(new BeritaDetail(
            a.Id, a.Slug, a.Title, a.Summary, a.CategoryName, a.KategoriInformasi?.Key(), a.Tags,
            IndonesianTime.ToWib(a.PublishedAt), IndonesianTime.ToWib(a.UpdatedAt),
            site.Value.ArticleUrl(a.Slug), a.Body, a.ActivityDate, a.ActivityPlace,
            Foto(a.CoverImageId, a.CoverImageAlt, files)?.WithCaption(a.CoverImageId is { } cover ? await CaptionAsync(db, cover, ct) : null),
            LampiranView.For(a.AttachmentIds, files))
        {
            Ralat = [.. corrections.Select(r => new RalatView(IndonesianTime.ToWib(r.PublishedAt), r.Note))],
        });
    }

    /// <summary>A photo's caption and credit as the database holds them now (the catalog's copy may be older).</summary>
    private static async Task<MediaCaption?> CaptionAsync(SopDbContext db, Guid id, CancellationToken ct)
    {
        var row = await db.Media.AsNoTracking().Where(m => m.Id == id).Select(m => new { m.Caption, m.Credit }).FirstOrDefaultAsync(ct);
        return row is null || (row.Caption is null && row.Credit is null) ? null : new MediaCaption(row.Caption, row.Credit);
    }

    private static DateOnly? ParseDate(string? value, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[name] = [$"{name} harus tanggal berformat YYYY-MM-DD, misalnya 2026-11-23."];
        return null;
    }

    public static FotoView? Foto(Guid? id, string? alt, IReadOnlyDictionary<Guid, MediaFile> files) =>
        id is { } key && files.TryGetValue(key, out var file) ? new FotoView(alt, Varian(file)) : null;

    /// <summary>Each stored variant of an image, narrowest first; an image uploaded before variants existed offers its original.</summary>
    public static IReadOnlyList<VarianView> Varian(MediaFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.Variants.Count > 0
            ? [.. file.Variants.OrderBy(v => v.Width).ThenBy(v => v.Format).Select(v => new VarianView(v.Width, v.Height, v.Url(file.Id), v.ContentType))]
            : [new VarianView(file.Width, file.Height, MediaUrls.Of(file.Id), file.ContentType)];
    }
}
