using System.ComponentModel;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using SopPublikasi.Module.Api;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.LayananInformasi.Domain;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Site;

namespace SopPublikasi.Module.LayananInformasi.Api;

/// <summary>
/// The office's register of requests through the API, with the same permissions as the admin (LayananPermissions):
/// the register for LihatRegister, personal data only for LihatDataPemohon, each move for the permission its row of
/// the desk's workflow names.
/// </summary>
public static class KantorPermohonanApi
{
    private const string Tag = "Layanan informasi";

    public static void MapKantorPermohonanApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/layanan/permohonan", ListAsync).WithName("RegisterPermohonan").WithTags(Tag)
            .WithSummary("Register permohonan informasi (LihatRegister), terbaru dulu, dengan saringan dan halaman seperti GET /api/v1/materi. "
                + "Data pribadi pemohon (dataPemohon) hanya untuk pemegang LihatDataPemohon, selain itu null; nama dicari hanya oleh mereka. Nilai saringan yang salah dijawab 400 dengan errors.")
            .ProducesValidationProblem()
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.Limit("status", s => s.Enum = OpenApiDescriptions.Enum(Enum.GetNames<StatusPermohonan>()));
                Paging(operation);
                return Task.CompletedTask;
            });
        api.MapGet("/layanan/permohonan/{id:guid}", GetAsync).WithName("DetailPermohonan").WithTags(Tag)
            .WithSummary("Satu permohonan dengan riwayat (berantai hash) dan keberatannya. ETag = revisi; kirim kembali sebagai If-Match pada transisi.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/layanan/permohonan", CreateAsync).WithName("CatatPermohonan").WithTags(Tag).WithIdempotencyKey()
            .WithSummary("Petugas mencatat permohonan yang datang lewat surat, kunjungan, WhatsApp atau e-mail (CatatPermohonan). Tanpa pindaian kartu identitas lewat API. "
                + "Jawaban 201 berisi nomor register dan kode lacak (hanya sekali ini) untuk diserahkan kepada pemohon.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapPost("/layanan/permohonan/{id:guid}/transisi", TransitionAsync).WithName("TransisiPermohonan").WithTags(Tag).WithIdempotencyKey()
            .WithSummary("Satu langkah permohonan: perpanjang (sekali, 7 hari kerja, dengan alasan, sebelum batas waktu; PutuskanPermohonan), "
                + "siapkan (usulan jawaban; SiapkanJawaban) atau putuskan (jawaban tertulis; PutuskanPermohonan; Ditolak dan DikabulkanSebagian dengan alasan pengecualian dan uji konsekuensi lengkap). "
                + "Wajib If-Match berisi ETag dari GET; revisi basi dijawab 412. Isian yang tidak memenuhi syarat 422 dengan errors, langkah yang tidak diizinkan pada status ini 409.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
    }

    internal static void Paging(OpenApiOperation operation)
    {
        operation.Limit("tahun", s => (s.Type, s.Minimum, s.Maximum) = (JsonSchemaType.Integer, "2000", "2999"));
        operation.Limit("terlambat", s => s.Type = JsonSchemaType.Boolean);
        operation.Limit("q", s => s.MaxLength = 200);
        operation.Limit("page", s => (s.Type, s.Minimum, s.Maximum) = (JsonSchemaType.Integer, "1", "100000"));
        operation.Limit("pageSize", s => (s.Type, s.Minimum, s.Maximum) = (JsonSchemaType.Integer, "1", OpenApiDescriptions.Number(RegisterFilter.MaxPageSize)));
    }

    public static async Task<Results<Ok<DaftarPermohonanView>, ProblemHttpResult>> ListAsync(
        HttpRequest request, ClaimsPrincipal user, ActorResolver actors, LayananRegister register,
        [Description("Diterima, JawabanDisiapkan atau Dijawab.")] string? status = null,
        [Description("Tahun register (tahun diterima, WIB).")] string? tahun = null,
        [Description("true: lewat batas waktu dan belum dijawab; false: selain itu.")] string? terlambat = null,
        [Description("Kata dalam nomor register atau rincian informasi (dan nama pemohon, bagi pemegang LihatDataPemohon).")] string? q = null,
        [Description("Halaman, mulai 1.")] string? page = null,
        [Description("Banyak baris per halaman, 1-100 (bawaan 20).")] string? pageSize = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(register);
        var actor = (await actors.FromPrincipalAsync(user))!;
        if (DeskMoveChecks.RegisterRefusal(actor, "permohonan") is { } refused)
        {
            return refused;
        }

        var filter = RegisterFilter.Parse<StatusPermohonan>(key => request.Query[key].ToString(), out var errors);
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors, StatusCodes.Status400BadRequest, "Saringan tidak valid.");
        }

        var personal = actor.May(LayananPermissions.LihatDataPemohonName);
        var (items, total) = await register.PermohonanAsync(filter, personal, ct);
        var now = register.Now;
        return TypedResults.Ok(new DaftarPermohonanView([.. items.Select(p => PermohonanViews.Ringkas(p, personal, now))], total, filter.Page, filter.PageSize));
    }

    public static async Task<Results<Ok<PermohonanView>, ProblemHttpResult>> GetAsync(
        Guid id, ClaimsPrincipal user, ActorResolver actors, LayananRegister register, HttpResponse response, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(response);
        var actor = (await actors.FromPrincipalAsync(user))!;
        if (DeskMoveChecks.RegisterRefusal(actor, "permohonan") is { } refused)
        {
            return refused;
        }

        var view = await ViewAsync(register, id, actor, ct);
        if (view is null)
        {
            return LayananProblems.NotFound("Permohonan");
        }

        response.Headers.ETag = Revisi.ETag(view.Revisi);
        response.Headers.CacheControl = "private, no-store";
        return TypedResults.Ok(view);
    }

    public static async Task<Results<Created<PermohonanTerdaftarView>, ProblemHttpResult>> CreateAsync(
        PermohonanKantorBody body, ClaimsPrincipal user, ActorResolver actors, ILayananInformasi desk, IOptions<SiteOptions> site, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(desk);
        ArgumentNullException.ThrowIfNull(site);
        var actor = (await actors.FromPrincipalAsync(user))!;
        if (!actor.May(LayananPermissions.CatatPermohonanName))
        {
            return LayananProblems.Forbidden("Mencatat permohonan hanya untuk yang berhak \"Mencatat permohonan yang datang lewat surat, kunjungan atau WhatsApp\".");
        }

        var input = body.ToInput(body.Saluran ?? SaluranPermohonan.Langsung, out var errors);
        if (body.Saluran is SaluranPermohonan.Daring)
        {
            errors["saluran"] = ["Permohonan daring diajukan pemohon sendiri; pilih Langsung, Surat, WhatsApp atau Email."];
        }

        if (input is null || errors.Count > 0)
        {
            return LayananProblems.Invalid(errors);
        }

        try
        {
            var done = await desk.SubmitAsync(input, actor, ct);
            return TypedResults.Created(PermohonanViews.Url(done.Id), PublikApi.Registered(done, site.Value));
        }
        catch (Exception ex) when (LayananProblems.IsDeskError(ex))
        {
            return LayananProblems.From(ex);
        }
    }

    public static async Task<Results<Ok<PermohonanView>, ProblemHttpResult>> TransitionAsync(
        Guid id, TransisiPermohonanBody body, [FromHeader(Name = "If-Match")] string? ifMatch, ClaimsPrincipal user, ActorResolver actors,
        ILayananInformasi desk, LayananRegister register, HttpResponse response, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(desk);
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(response);
        var actor = (await actors.FromPrincipalAsync(user))!;
        var aksi = body.Aksi?.Trim().ToLowerInvariant();
        var (refused, revisi) = await DeskMoveChecks.CheckAsync(
            actor, "permohonan", async () => await register.FindPermohonanAsync(id, ct) is not null, aksi, DeskMoves.PermohonanRow(aksi)?.Permission,
            DeskMoves.PermohonanActions, ifMatch, PermohonanViews.Url(id));
        if (refused is not null)
        {
            return refused;
        }

        try
        {
            switch (aksi)
            {
                case DeskMoves.Perpanjang:
                    await desk.ExtendAsync(id, revisi, body.Alasan ?? string.Empty, actor, ct);
                    break;
                default:
                    var jawaban = body.ToJawaban(out var errors);
                    if (jawaban is null)
                    {
                        return LayananProblems.Invalid(errors);
                    }

                    await (aksi == DeskMoves.Siapkan ? desk.PrepareAsync(id, revisi, jawaban, actor, ct) : desk.DecideAsync(id, revisi, jawaban, actor, ct));
                    break;
            }
        }
        catch (Exception ex) when (LayananProblems.IsDeskError(ex))
        {
            return LayananProblems.From(ex);
        }

        var view = (await ViewAsync(register, id, actor, ct))!;
        response.Headers.ETag = Revisi.ETag(view.Revisi);
        return TypedResults.Ok(view);
    }

    private static async Task<PermohonanView?> ViewAsync(LayananRegister register, Guid id, Actor actor, CancellationToken ct)
    {
        var p = await register.FindPermohonanAsync(id, ct);
        if (p is null)
        {
            return null;
        }

        return PermohonanViews.Detail(
            p, actor.May(LayananPermissions.LihatDataPemohonName), await register.LampiranAsync(id, ct), await register.KeberatanOfAsync(id, ct),
            await register.RiwayatAsync(id, ct), register.Now);
    }
}
