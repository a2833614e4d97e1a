using System.ComponentModel;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Media;
using SopPublikasi.Module.Publik;
using SopPublikasi.Module.Pustaka;
using SopPublikasi.Module.Security;

namespace SopPublikasi.Module.Api;

/// <summary>Uploads for API clients: the returned id is then named in a draft (fotoSampulId, lampiranBaruIds) or a disposisi (pindaianId).</summary>
public static class MediaApi
{
    public sealed record BerkasView(Guid Id, string Jenis, string Nama, string ContentType, long Ukuran, int? Lebar, int? Tinggi, string Url, IReadOnlyList<BeritaEndpoints.VarianView> Varian, string? Keterangan = null, string? Kredit = null);

    /// <summary>A file of the library with the items that use it (cover or body image of their latest or live version).</summary>
    public sealed record PustakaItemView(BerkasView Berkas, DateTimeOffset Diunggah, IReadOnlyList<DipakaiView> DipakaiDi);

    /// <summary>An item using the file; <c>url</c> is its workflow view when the caller may see it, else its public article.</summary>
    public sealed record DipakaiView(Guid MateriId, string Judul, bool Terbit, string Url);

    public sealed record PustakaView(IReadOnlyList<PustakaItemView> Items, int Total, int Page, int PageSize);

    /// <summary>A photo's caption and credit; a field left out stays as it is, null or empty clears it.</summary>
    public sealed class KeteranganInput
    {
        private string? _keterangan;
        private string? _kredit;

        /// <summary>The caption under the photo (at most 500 characters).</summary>
        [System.ComponentModel.DataAnnotations.StringLength(MediaFile.CaptionMaxLength)]
        public string? Keterangan
        {
            get => _keterangan;
            set => (_keterangan, KeteranganSent) = (value, true);
        }

        /// <summary>Who took the photo (at most 200 characters).</summary>
        [System.ComponentModel.DataAnnotations.StringLength(MediaFile.CreditMaxLength)]
        public string? Kredit
        {
            get => _kredit;
            set => (_kredit, KreditSent) = (value, true);
        }

        [System.Text.Json.Serialization.JsonIgnore]
        public bool KeteranganSent { get; private set; }

        [System.Text.Json.Serialization.JsonIgnore]
        public bool KreditSent { get; private set; }
    }

    public static void MapMediaApi(this IEndpointRouteBuilder api)
    {
        api.MapPost("/media", UploadAsync).WithName("UnggahBerkas").WithTags("Alur kerja").WithIdempotencyKey()
            .WithSummary("Mengunggah gambar (JPEG, PNG, WebP, GIF) atau dokumen (PDF, DOCX); jenis dikenali dari isi berkas. Location: GET /api/v1/media/{id}.")
            .DisableAntiforgery() // bearer-token requests carry no cookie, so there is no cross-site request to forge
            .Accepts<IFormFile>("multipart/form-data")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/media", SearchAsync).WithName("PustakaMedia").WithTags("Alur kerja")
            .WithSummary("Pustaka media: berkas yang boleh dilihat pemilik token, terbaru dulu, dengan keterangan, kredit foto, dan materi yang memakainya. Saringan salah dijawab 400 dengan errors.")
            .ProducesValidationProblem()
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.Limit("q", s => s.MaxLength = 200);
                operation.Limit("jenis", s => s.Enum = OpenApiDescriptions.Enum("gambar", "dokumen"));
                operation.Limit("dari", s => s.Format = "date");
                operation.Limit("sampai", s => s.Format = "date");
                operation.Limit("page", s => (s.Type, s.Minimum, s.Maximum) = (JsonSchemaType.Integer, "1", "100000"));
                operation.Limit("pageSize", s => (s.Type, s.Minimum, s.Maximum) = (JsonSchemaType.Integer, "1", OpenApiDescriptions.Number(MediaSearch.MaxPageSize)));
                return Task.CompletedTask;
            });
        api.MapGet("/media/{id:guid}", GetAsync).WithName("DetailBerkas").WithTags("Alur kerja")
            .WithSummary("Data satu berkas (jenis, nama, ukuran, varian, alamat unduhan): yang terbit, yang diunggah pemilik token, atau milik materi yang boleh dilihatnya.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPatch("/media/{id:guid}", DescribeAsync).WithName("UbahKeteranganBerkas").WithTags("Alur kerja")
            .WithSummary("Mengubah keterangan dan kredit foto di pustaka media (seperti /admin/media): foto yang boleh dilihat pemilik token. Isian yang tidak dikirim tetap; null atau kosong menghapusnya. Terlalu panjang dijawab 422 dengan errors.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
    }

    /// <summary>A photo's caption and credit, under the library's rule (<see cref="MediaLibrary.DescribeAsync"/>: the photos the caller may see).</summary>
    public static async Task<Results<Ok<BerkasView>, ProblemHttpResult>> DescribeAsync(
        Guid id, KeteranganInput input, ClaimsPrincipal user, ActorResolver actors, MediaLibrary library, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(library);
        var actor = (await actors.FromPrincipalAsync(user))!;
        var current = await library.FindAsync(id, actor, ct);
        var tooLong = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (input.Keterangan is { Length: > MediaFile.CaptionMaxLength })
        {
            tooLong["keterangan"] = [$"Keterangan paling panjang {MediaFile.CaptionMaxLength} karakter."];
        }

        if (input.Kredit is { Length: > MediaFile.CreditMaxLength })
        {
            tooLong["kredit"] = [$"Kredit foto paling panjang {MediaFile.CreditMaxLength} karakter."];
        }

        if (current is null)
        {
            return ApiProblems.Problem(StatusCodes.Status404NotFound, "Foto tidak ditemukan.", $"Tidak ada foto {id} di pustaka yang boleh Anda lihat.");
        }

        if (tooLong.Count > 0)
        {
            return ApiProblems.Invalid(tooLong, StatusCodes.Status422UnprocessableEntity, "Keterangan foto tidak valid.");
        }

        try
        {
            var item = await library.DescribeAsync(
                id, input.KeteranganSent ? input.Keterangan : current.File.Caption, input.KreditSent ? input.Kredit : current.File.Credit, actor, ct);
            return item is null
                ? ApiProblems.Problem(StatusCodes.Status404NotFound, "Foto tidak ditemukan.", $"Tidak ada foto {id} di pustaka yang boleh Anda lihat.")
                : TypedResults.Ok(View(item.File));
        }
        catch (InputException ex)
        {
            return ApiProblems.Invalid(ex.Errors, StatusCodes.Status422UnprocessableEntity, "Keterangan foto tidak valid.");
        }
    }

    /// <summary>A file's metadata, under the same rule as the file itself (<see cref="MediaEndpoints.FindAsync"/>), so that an upload's Location can be fetched with its token.</summary>
    public static async Task<Results<Ok<BerkasView>, ProblemHttpResult>> GetAsync(
        Guid id, HttpContext http, SopDbContext db, MediaCatalog catalog, PublicArticles articles, CancellationToken ct)
    {
        var file = await MediaEndpoints.FindAsync(id, http, db, catalog, articles, ct);
        return file is null
            ? ApiProblems.Problem(StatusCodes.Status404NotFound, "Berkas tidak ditemukan.", $"Tidak ada berkas {id} yang boleh Anda lihat.")
            : TypedResults.Ok(View(file));
    }

    private static BerkasView View(MediaFile file) => new(
        file.Id, file.Kind == MediaKind.Image ? "gambar" : "dokumen", file.DownloadName, file.ContentType, file.Size, file.Width, file.Height, MediaUrls.Of(file.Id),
        file.Kind == MediaKind.Image ? BeritaEndpoints.Varian(file) : [], file.Caption, file.Credit);

    public static async Task<Results<Ok<PustakaView>, ProblemHttpResult>> SearchAsync(
        HttpRequest request, ClaimsPrincipal user, ActorResolver actors, MediaLibrary library,
        [Description("Kata dalam nama berkas, keterangan, atau kredit foto.")] string? q = null,
        [Description("gambar (bawaan) atau dokumen.")] string? jenis = null,
        [Description("Diunggah sejak tanggal ini (yyyy-MM-dd, WIB).")] string? dari = null,
        [Description("Diunggah sampai tanggal ini (yyyy-MM-dd, WIB).")] string? sampai = null,
        [Description("Halaman, mulai 1.")] string? page = null,
        [Description("Banyak berkas per halaman, 1-100 (bawaan 24).")] string? pageSize = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(library);
        var search = MediaSearch.Parse(key => request.Query[key].ToString(), out var errors);
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors, StatusCodes.Status400BadRequest, "Saringan tidak valid.");
        }

        var result = await library.SearchAsync(search, (await actors.FromPrincipalAsync(user))!, ct);
        return TypedResults.Ok(new PustakaView(
            [
                .. result.Items.Select(i => new PustakaItemView(
                    View(i.File), IndonesianTime.ToWib(i.File.UploadedAt),
                    [.. i.UsedBy.Select(u => new DipakaiView(u.MateriId, u.Judul, u.Terbit, u.Visible ? $"{ApiRoutes.V1}/materi/{u.MateriId}" : $"{ApiRoutes.V1}/berita/{u.Slug}"))])),
            ],
            result.Total,
            result.Page,
            result.PageSize));
    }

    public static async Task<Results<Created<BerkasView>, ProblemHttpResult>> UploadAsync(
        IFormFile? berkas, ClaimsPrincipal user, MediaStore store, SopDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(db);
        if (berkas is null)
        {
            return ApiProblems.Invalid(new Dictionary<string, string[]> { ["berkas"] = ["Kirim satu berkas pada field multipart \"berkas\"."] }, StatusCodes.Status400BadRequest, "Berkas wajib.");
        }

        MediaFile saved;
        try
        {
            await using var stream = berkas.OpenReadStream();
            saved = await store.SaveAsync(stream, berkas.Length, berkas.FileName, null, user.FindFirstValue(ClaimTypes.NameIdentifier)!, ct);
        }
        catch (UploadRejectedException ex)
        {
            return ApiProblems.From(ex);
        }

        db.Media.Add(saved);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            store.Discard([saved]);
            throw;
        }

        return TypedResults.Created($"{ApiRoutes.V1}/media/{saved.Id}", View(saved));
    }
}
