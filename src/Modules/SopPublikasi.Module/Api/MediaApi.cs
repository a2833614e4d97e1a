using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Media;
using SopPublikasi.Module.Publik;

namespace SopPublikasi.Module.Api;

/// <summary>Uploads for API clients: the returned id is then named in a draft (fotoSampulId, lampiranBaruIds) or a disposisi (pindaianId).</summary>
public static class MediaApi
{
    public sealed record BerkasView(Guid Id, string Jenis, string Nama, string ContentType, long Ukuran, int? Lebar, int? Tinggi, string Url, IReadOnlyList<BeritaEndpoints.VarianView> Varian);

    public static void MapMediaApi(this IEndpointRouteBuilder api) =>
        api.MapPost("/media", UploadAsync).WithName("UnggahBerkas").WithTags("Alur kerja")
            .WithSummary("Mengunggah gambar (JPEG, PNG, WebP, GIF) atau dokumen (PDF, DOCX); jenis dikenali dari isi berkas.")
            .DisableAntiforgery() // bearer-token requests carry no cookie, so there is no cross-site request to forge
            .Accepts<IFormFile>("multipart/form-data")
            .ProducesValidationProblem();

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

        var url = MediaUrls.Of(saved.Id);
        return TypedResults.Created(url, new BerkasView(
            saved.Id, saved.Kind == MediaKind.Image ? "gambar" : "dokumen", saved.DownloadName, saved.ContentType, saved.Size, saved.Width, saved.Height, url,
            saved.Kind == MediaKind.Image ? BeritaEndpoints.Varian(saved) : []));
    }
}
