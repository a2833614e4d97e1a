using System.ComponentModel;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using SopPublikasi.Module.Api;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.LayananInformasi.Domain;
using SopPublikasi.Module.Security;

namespace SopPublikasi.Module.LayananInformasi.Api;

/// <summary>The register of objections and the atasan PPID's answer through the API (LihatRegister to read, JawabKeberatan to answer).</summary>
public static class KantorKeberatanApi
{
    private const string Tag = "Layanan informasi";

    public static void MapKantorKeberatanApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/layanan/keberatan", ListAsync).WithName("RegisterKeberatan").WithTags(Tag)
            .WithSummary("Register keberatan (LihatRegister), terbaru dulu, dengan saringan status, tahun, terlambat, q (nomor keberatan atau nomor permohonan) dan halaman. Nilai saringan yang salah dijawab 400 dengan errors.")
            .ProducesValidationProblem()
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.Limit("status", s => s.Enum = OpenApiDescriptions.Enum(Enum.GetNames<StatusKeberatan>()));
                KantorPermohonanApi.Paging(operation);
                return Task.CompletedTask;
            });
        api.MapGet("/layanan/keberatan/{id:guid}", GetAsync).WithName("DetailKeberatan").WithTags(Tag)
            .WithSummary("Satu keberatan dengan alasan, uraian, tanggapan atasan PPID dan sengketa. ETag = revisi; kirim kembali sebagai If-Match pada transisi.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/layanan/keberatan/{id:guid}/transisi", TransitionAsync).WithName("TransisiKeberatan").WithTags(Tag).WithIdempotencyKey()
            .WithSummary("Satu langkah keberatan: jawab (tanggapan tertulis atasan PPID, putusan Dikabulkan atau Ditolak; JawabKeberatan) "
                + "atau sengketa (mencatat bahwa pemohon mengajukan sengketa ke Komisi Informasi). "
                + "Wajib If-Match berisi ETag dari GET; revisi basi dijawab 412. Isian yang tidak memenuhi syarat 422 dengan errors, langkah yang tidak diizinkan 409.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
    }

    public static async Task<Results<Ok<DaftarKeberatanView>, ProblemHttpResult>> ListAsync(
        HttpRequest request, ClaimsPrincipal user, ActorResolver actors, LayananRegister register,
        [Description("Diterima atau Dijawab.")] string? status = null,
        [Description("Tahun register keberatan (WIB).")] string? tahun = null,
        [Description("true: lewat batas waktu atasan dan belum dijawab; false: selain itu.")] string? terlambat = null,
        [Description("Kata dalam nomor keberatan atau nomor permohonan.")] string? q = null,
        [Description("Halaman, mulai 1.")] string? page = null,
        [Description("Banyak baris per halaman, 1-100 (bawaan 20).")] string? pageSize = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(register);
        var actor = (await actors.FromPrincipalAsync(user))!;
        if (DeskMoveChecks.RegisterRefusal(actor, "keberatan") is { } refused)
        {
            return refused;
        }

        var filter = RegisterFilter.Parse<StatusKeberatan>(key => request.Query[key].ToString(), out var errors);
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors, StatusCodes.Status400BadRequest, "Saringan tidak valid.");
        }

        var (items, total) = await register.KeberatanAsync(filter, ct);
        var now = register.Now;
        return TypedResults.Ok(new DaftarKeberatanView([.. items.Select(x => KeberatanViews.Ringkas(x.Keberatan, x.NomorPermohonan, now))], total, filter.Page, filter.PageSize));
    }

    public static async Task<Results<Ok<KeberatanView>, ProblemHttpResult>> GetAsync(
        Guid id, ClaimsPrincipal user, ActorResolver actors, LayananRegister register, HttpResponse response, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(response);
        var actor = (await actors.FromPrincipalAsync(user))!;
        if (DeskMoveChecks.RegisterRefusal(actor, "keberatan") is { } refused)
        {
            return refused;
        }

        if (await register.FindKeberatanAsync(id, ct) is not { } k)
        {
            return LayananProblems.NotFound("Keberatan");
        }

        response.Headers.ETag = Revisi.ETag(k.Revisi);
        response.Headers.CacheControl = "private, no-store";
        return TypedResults.Ok(KeberatanViews.Detail(k, k.Permohonan!.NomorRegister, register.Now));
    }

    public static async Task<Results<Ok<KeberatanView>, ProblemHttpResult>> TransitionAsync(
        Guid id, TransisiKeberatanBody body, [FromHeader(Name = "If-Match")] string? ifMatch, ClaimsPrincipal user, ActorResolver actors,
        ILayananInformasi desk, LayananRegister register, TimeProvider clock, HttpResponse response, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(desk);
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(response);
        var actor = (await actors.FromPrincipalAsync(user))!;
        var aksi = body.Aksi?.Trim().ToLowerInvariant();
        var (refused, revisi) = await DeskMoveChecks.CheckAsync(
            actor, "keberatan", async () => await register.FindKeberatanAsync(id, ct) is not null, aksi, DeskMoves.KeberatanRow(aksi)?.Permission,
            DeskMoves.KeberatanActions, ifMatch, KeberatanViews.Url(id));
        if (refused is not null)
        {
            return refused;
        }

        try
        {
            if (aksi == DeskMoves.Jawab)
            {
                if (body.Putusan is not { } putusan)
                {
                    return LayananProblems.Invalid("putusan", "Putusan wajib dipilih: Dikabulkan atau Ditolak.");
                }

                await desk.AnswerObjectionAsync(id, revisi, putusan, body.Tanggapan ?? string.Empty, actor, ct);
            }
            else
            {
                await desk.RecordDisputeAsync(id, revisi, body.Tanggal ?? IndonesianTime.Today(clock), string.IsNullOrWhiteSpace(body.Catatan) ? null : body.Catatan, actor, ct);
            }
        }
        catch (Exception ex) when (LayananProblems.IsDeskError(ex))
        {
            return LayananProblems.From(ex);
        }

        var k = (await register.FindKeberatanAsync(id, ct))!;
        response.Headers.ETag = Revisi.ETag(k.Revisi);
        return TypedResults.Ok(KeberatanViews.Detail(k, k.Permohonan!.NomorRegister, register.Now));
    }
}
