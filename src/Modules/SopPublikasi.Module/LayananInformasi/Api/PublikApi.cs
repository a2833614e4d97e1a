using System.ComponentModel;
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
using SopPublikasi.Module.Site;

namespace SopPublikasi.Module.LayananInformasi.Api;

/// <summary>
/// The resident's side of the desk, without an account: file a request, follow it by number and secret code (the
/// code in a header, never in the URL), object to its answer. No personal data ever leaves through these answers.
/// </summary>
public static class PublikApi
{
    private const string Tag = "Permohonan informasi";

    public static void MapLayananPublikApi(this IEndpointRouteBuilder api)
    {
        api.MapPost("/permohonan-informasi", SubmitAsync).WithName("AjukanPermohonanInformasi").WithTags(Tag).WithIdempotencyKey()
            .WithSummary("Mengajukan permohonan informasi publik tanpa akun (UU 14/2008 Pasal 22). Lewat API tanpa pindaian kartu identitas: "
                + "kirim data identitas saja; bila petugas memerlukan kartu identitas, pemohon dihubungi atau memakai formulir /ppid/permohonan. "
                + "Jawaban 201 berisi nomor register, kode lacak (hanya sekali ini: simpan), batas waktu jawaban (10 hari kerja) dan tautan lacak pribadi. "
                + "Dibatasi per alamat pengirim.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                PerAddress(operation);
                return Task.CompletedTask;
            });
        api.MapGet("/permohonan-informasi/lacak", TrackAsync).WithName("LacakPermohonanInformasi").WithTags(Tag)
            .WithSummary("Status permohonan untuk pemohon: nomor register di parameter nomor, kode lacak di header X-Kode-Lacak. Status, tanggal, batas waktu, "
                + "keputusan dan teks jawaban, nama lampiran, keberatan; tanpa data pribadi. Nomor atau kode yang salah dijawab 404 yang sama.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                Credentials(operation);
                return Task.CompletedTask;
            });
        api.MapPost("/permohonan-informasi/keberatan", ObjectAsync).WithName("AjukanKeberatan").WithTags(Tag).WithIdempotencyKey()
            .WithSummary("Mengajukan keberatan (UU 14/2008 Pasal 35) atas permohonan ini: nomor register di parameter nomor, kode lacak di header X-Kode-Lacak. "
                + "Dalam 30 hari kerja sejak alasannya muncul (jawaban, atau batas waktu yang terlewati); atasan PPID menjawab dalam 30 hari kerja.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                PerAddress(operation);
                Credentials(operation);
                return Task.CompletedTask;
            });
    }

    public static async Task<Results<Created<PermohonanTerdaftarView>, ProblemHttpResult>> SubmitAsync(
        PermohonanBody body, ILayananInformasi desk, IOptions<SiteOptions> site, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(desk);
        var input = body.ToInput(SaluranPermohonan.Daring, out var errors);
        if (input is null)
        {
            return LayananProblems.Invalid(errors);
        }

        try
        {
            var done = await desk.SubmitAsync(input, null, ct);
            var view = Registered(done, site.Value);
            return TypedResults.Created((string?)null, view); // no Location: tracking needs the code, which a URL never carries
        }
        catch (Exception ex) when (LayananProblems.IsDeskError(ex))
        {
            return LayananProblems.From(ex);
        }
    }

    public static async Task<Results<Ok<LacakView>, ProblemHttpResult>> TrackAsync(
        [Description("Nomor register permohonan, mis. 001/PPID-KEC/XII/2026.")] string nomor,
        [FromHeader(Name = LayananProblems.KodeHeader), Description("Kode lacak rahasia yang diberikan saat permohonan diajukan (XXXX-XXXX).")] string kodeLacak,
        ILayananInformasi desk, LayananRegister register, HttpResponse response, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(desk);
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.CacheControl = "no-store";
        if (LayananProblems.MissingCredentials(nomor, kodeLacak) is { } missing)
        {
            return missing;
        }

        var found = await desk.FindForRequesterAsync(nomor.Trim(), kodeLacak.Trim(), ct);
        if (found is null)
        {
            return LayananProblems.NotFoundForRequester();
        }

        var lampiran = await register.LampiranAsync(found.Id, ct);
        var keberatan = await register.KeberatanOfAsync(found.Id, ct);
        return TypedResults.Ok(PermohonanViews.Lacak(found, lampiran, keberatan, register.Now));
    }

    public static async Task<Results<Created<KeberatanTerdaftarView>, ProblemHttpResult>> ObjectAsync(
        [Description("Nomor register permohonan yang diajukan keberatan.")] string nomor,
        [FromHeader(Name = LayananProblems.KodeHeader), Description("Kode lacak rahasia permohonan itu (XXXX-XXXX).")] string kodeLacak,
        KeberatanBody body, ILayananInformasi desk, HttpResponse response, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(desk);
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.CacheControl = "no-store";
        if (LayananProblems.MissingCredentials(nomor, kodeLacak) is { } missing)
        {
            return missing;
        }

        if (await desk.FindForRequesterAsync(nomor.Trim(), kodeLacak.Trim(), ct) is null)
        {
            return LayananProblems.NotFoundForRequester();
        }

        try
        {
            var filed = await desk.FileObjectionAsync(nomor.Trim(), kodeLacak.Trim(), body.ToInput(), ct);
            return TypedResults.Created((string?)null, new KeberatanTerdaftarView(filed.Id, filed.NomorRegister, IndonesianTimeOf(filed.BatasWaktu)));
        }
        catch (Exception ex) when (LayananProblems.IsDeskError(ex))
        {
            return LayananProblems.From(ex);
        }
    }

    /// <summary>What a registration answers (public or staff): the private link carries the code, the API URL never does.</summary>
    public static PermohonanTerdaftarView Registered(PermohonanTerdaftar done, SiteOptions site)
    {
        ArgumentNullException.ThrowIfNull(done);
        ArgumentNullException.ThrowIfNull(site);
        var link = site.AbsoluteUrl($"/ppid/lacak?nomor={Uri.EscapeDataString(done.NomorRegister)}&kode={Uri.EscapeDataString(done.KodeLacak)}");
        return new(done.Id, done.NomorRegister, done.KodeLacak, IndonesianTimeOf(done.BatasWaktu), link);
    }

    private static DateTimeOffset IndonesianTimeOf(DateTimeOffset value) => IndonesianTime.ToWib(value);

    /// <summary>The number and the code are required and not blank (a blank one is answered 400 like a missing one).</summary>
    private static void Credentials(OpenApiOperation operation)
    {
        operation.Limit("nomor", s => (s.MinLength, s.MaxLength, s.Pattern) = (1, 100, "\\S"));
        operation.Limit(LayananProblems.KodeHeader, s => (s.MinLength, s.MaxLength, s.Pattern) = (1, 20, "\\S"));
    }

    /// <summary>A public POST's keys are kept per sending address (no token): the header's description says so.</summary>
    private static void PerAddress(OpenApiOperation operation)
    {
        if (operation.Parameters?.FirstOrDefault(p => p.Name == IdempotencyKeys.Header) is OpenApiParameter key)
        {
            key.Description = key.Description?.Replace("per pemilik token", "per alamat pengirim", StringComparison.Ordinal);
        }
    }
}
