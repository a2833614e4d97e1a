using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Security;

namespace SopPublikasi.Module.Api;

/// <summary>
/// The draft beside the versions, as the editor has it: the caller's own autosave slot of an item (never a version)
/// and "Pulihkan sebagai draf baru" of an earlier version, with the same rules as the admin (<see cref="MateriDrafts"/>).
/// </summary>
public static class DraftApi
{
    /// <summary>The fields of a draft save, as far as they are written; none is required (a draft half written).</summary>
    public sealed class AutosimpanInput
    {
        [StringLength(200, ErrorMessage = "Judul paling panjang 200 karakter.")]
        public string? Judul { get; set; }

        [StringLength(SlugGenerator.MaxLength, ErrorMessage = "Alamat (slug) terlalu panjang.")]
        public string? Slug { get; set; }

        [StringLength(1000, ErrorMessage = "Ringkasan paling panjang 1.000 karakter.")]
        public string? Ringkasan { get; set; }

        [StringLength(200_000, ErrorMessage = "Isi materi terlalu panjang.")]
        public string? Isi { get; set; }

        [Range(1, int.MaxValue, ErrorMessage = "Id kategori dari GET /api/v1/kategori.")]
        public int? KategoriId { get; set; }

        public DateOnly? TanggalKegiatan { get; set; }

        [StringLength(200, ErrorMessage = "Lokasi kegiatan paling panjang 200 karakter.")]
        public string? LokasiKegiatan { get; set; }

        [StringLength(500, ErrorMessage = "Teks alternatif paling panjang 500 karakter.")]
        public string? FotoSampulAlt { get; set; }

        [MaxLength(10, ErrorMessage = "Paling banyak 10 tag.")]
        public List<string>? Tag { get; set; }

        /// <summary>The version the caller is writing from; the item's latest version when left out.</summary>
        [Range(0, int.MaxValue, ErrorMessage = "Nomor versi 0 atau lebih.")]
        public int? VersiDasar { get; set; }
    }

    /// <summary>The caller's autosave of an item: what it held when it was kept, and when (WIB).</summary>
    public sealed record AutosimpanView(
        Guid MateriId, int VersiDasar, DateTimeOffset Disimpan, string? Judul, string? Slug, string? Ringkasan, string? Isi,
        int? KategoriId, DateOnly? TanggalKegiatan, string? LokasiKegiatan, string? FotoSampulAlt, IReadOnlyList<string> Tag)
    {
        public static AutosimpanView From(DraftAutosave slot, AutosaveFields f)
        {
            ArgumentNullException.ThrowIfNull(slot);
            ArgumentNullException.ThrowIfNull(f);
            return new(
                slot.MateriId, slot.BaseVersion, IndonesianTime.ToWib(slot.SavedAt), f.Judul, f.Slug, f.Ringkasan, f.Isi, f.KategoriId,
                f.TanggalKegiatan, f.LokasiKegiatan, f.FotoSampulAlt,
                [.. (f.Tag ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]);
        }
    }

    public static void MapDraftApi(this IEndpointRouteBuilder api)
    {
        api.MapPut("/materi/{id:guid}/autosimpan", AutosaveAsync).WithName("SimpanOtomatis").WithTags("Alur kerja")
            .WithSummary("Menyimpan draf yang sedang ditulis ke slot otomatis milik pemilik token (bukan versi baru); hanya yang boleh menyunting draf pada tahap ini. Isi seperti PUT /api/v1/materi/{id}, tanpa isian wajib.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/materi/{id:guid}/autosimpan", GetAutosaveAsync).WithName("DrafOtomatis").WithTags("Alur kerja")
            .WithSummary("Draf otomatis pemilik token untuk materi ini; 404 bila tidak ada.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapDelete("/materi/{id:guid}/autosimpan", DiscardAutosaveAsync).WithName("BuangDrafOtomatis").WithTags("Alur kerja")
            .WithSummary("Membuang draf otomatis pemilik token untuk materi ini (juga bila tidak ada).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/materi/{id:guid}/versi/{versi:int}/pulihkan", RestoreAsync).WithName("PulihkanVersi").WithTags("Alur kerja").WithIdempotencyKey()
            .WithSummary("Memulihkan isi versi terdahulu sebagai versi draf baru (seperti \"Pulihkan sebagai draf baru\" di admin): hanya yang boleh menyunting draf sekarang. Wajib If-Match berisi ETag versi terakhir; versi basi dijawab 412. Location: pratinjau versi baru.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
    }

    public static async Task<Results<Ok<AutosimpanView>, ProblemHttpResult>> AutosaveAsync(
        Guid id, AutosimpanInput input, ClaimsPrincipal user, ActorResolver actors, MateriService service, MateriDrafts drafts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(drafts);
        var actor = (await actors.FromPrincipalAsync(user))!;
        try
        {
            var materi = await service.LoadAsync(id, actor, ct); // 404 before the input is judged
            if (ApiProblems.Validate(input) is { } invalid)
            {
                return invalid;
            }

            if (input.Tag?.Any(t => t is null || t.Length > 40 || t.Contains(',', StringComparison.Ordinal)) == true)
            {
                return ApiProblems.Invalid(new Dictionary<string, string[]> { ["tag"] = ["Setiap tag paling panjang 40 karakter, tanpa koma."] }, StatusCodes.Status400BadRequest, "Isian tidak valid.");
            }

            var fields = new AutosaveFields
            {
                Judul = input.Judul,
                Slug = input.Slug,
                Ringkasan = input.Ringkasan,
                Isi = input.Isi,
                KategoriId = input.KategoriId,
                TanggalKegiatan = input.TanggalKegiatan,
                LokasiKegiatan = input.LokasiKegiatan,
                FotoSampulAlt = input.FotoSampulAlt,
                Tag = input.Tag is null ? null : string.Join(", ", input.Tag),
            };
            var slot = await drafts.AutosaveAsync(id, fields, input.VersiDasar ?? materi.LatestVersion, actor, ct);
            return TypedResults.Ok(AutosimpanView.From(slot, fields));
        }
        catch (Exception ex) when (ApiProblems.IsUserError(ex))
        {
            return ApiProblems.From(ex);
        }
    }

    public static async Task<Results<Ok<AutosimpanView>, ProblemHttpResult>> GetAutosaveAsync(
        Guid id, ClaimsPrincipal user, ActorResolver actors, MateriService service, MateriDrafts drafts, HttpResponse response, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentNullException.ThrowIfNull(response);
        var actor = (await actors.FromPrincipalAsync(user))!;
        try
        {
            await service.EnsureVisibleAsync(id, actor, ct);
            response.Headers.CacheControl = "private, no-store";
            return await drafts.AutosavedAsync(id, actor, ct) is { } saved
                ? TypedResults.Ok(AutosimpanView.From(saved.Slot, saved.Fields))
                : ApiProblems.Problem(StatusCodes.Status404NotFound, "Tidak ada draf otomatis.", "Anda belum punya draf otomatis untuk materi ini.");
        }
        catch (Exception ex) when (ApiProblems.IsUserError(ex))
        {
            return ApiProblems.From(ex);
        }
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DiscardAutosaveAsync(
        Guid id, ClaimsPrincipal user, ActorResolver actors, MateriService service, MateriDrafts drafts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        var actor = (await actors.FromPrincipalAsync(user))!;
        try
        {
            await service.EnsureVisibleAsync(id, actor, ct);
            await drafts.ClearAsync(id, actor, ct);
            return TypedResults.NoContent();
        }
        catch (Exception ex) when (ApiProblems.IsUserError(ex))
        {
            return ApiProblems.From(ex);
        }
    }

    public static async Task<Results<Created<MateriView>, ProblemHttpResult>> RestoreAsync(
        Guid id, int versi, [FromHeader(Name = "If-Match")] string? ifMatch, ClaimsPrincipal user, ActorResolver actors,
        MateriService service, MateriDrafts drafts, WorkflowApi.Context context, HttpResponse response, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(response);
        var actor = (await actors.FromPrincipalAsync(user))!;
        try
        {
            await service.EnsureVisibleAsync(id, actor, ct);
            if (string.IsNullOrWhiteSpace(ifMatch))
            {
                return ApiProblems.Problem(StatusCodes.Status428PreconditionRequired, "Header If-Match wajib.",
                    "Kirim If-Match berisi ETag dari GET /api/v1/materi/{id}, agar perubahan orang lain tidak tertimpa.");
            }

            if (!int.TryParse(ifMatch.Trim().Trim('"'), out var baseVersion))
            {
                return ApiProblems.Problem(StatusCodes.Status412PreconditionFailed, "If-Match tidak cocok dengan versi mana pun.");
            }

            var version = await drafts.RestoreAsync(id, versi, baseVersion, actor, ct);
            var view = await context.ViewAsync(id, actor, ct);
            response.Headers.ETag = $"\"{view.Versi}\"";
            return TypedResults.Created($"{ApiRoutes.V1}/materi/{id}/pratinjau?versi={version.Number}", view);
        }
        catch (Exception ex) when (ApiProblems.IsUserError(ex))
        {
            return ApiProblems.From(ex);
        }
    }
}
