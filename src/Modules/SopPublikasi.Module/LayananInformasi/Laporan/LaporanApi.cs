using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Security;

namespace SopPublikasi.Module.LayananInformasi.Laporan;

/// <summary><c>GET /api/v1/layanan/laporan/{tahun}</c>: the annual report as JSON, for those who may read it.</summary>
public static class LaporanApi
{
    public static void MapLaporanApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/layanan/laporan/{tahun:int}", GetAsync).WithName("LaporanLayanan").WithTags("Layanan informasi")
            .WithSummary("Laporan Layanan Informasi Publik satu tahun: permohonan menurut keputusan, waktu jawab (hari kerja), perpanjangan, penolakan menurut alasan pengecualian, keberatan menurut alasan dan hasil, sengketa, dan ringkasan bulanan. Tanpa data pribadi. Hak: melihat dan mengunduh laporan layanan informasi.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound) // a path segment that is not a whole number is no report
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    public static async Task<Results<Ok<LaporanTahunan>, ProblemHttpResult>> GetAsync(
        int tahun, ClaimsPrincipal user, ActorResolver actors, LaporanLayanan laporan, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(laporan);
        var actor = await actors.FromPrincipalAsync(user);
        if (actor is null || !actor.May(LayananPermissions.LihatLaporanName))
        {
            return ApiProblems.Problem(StatusCodes.Status403Forbidden, "Tidak diizinkan.", "Laporan layanan informasi hanya untuk yang berhak \"Melihat dan mengunduh laporan layanan informasi\".");
        }

        var thisYear = IndonesianTime.Today(clock).Year;
        if (tahun < LaporanLayanan.FirstYear || tahun > thisYear)
        {
            return ApiProblems.Invalid(
                new Dictionary<string, string[]> { ["tahun"] = [$"Tahun harus antara {LaporanLayanan.FirstYear} dan {thisYear}."] },
                StatusCodes.Status422UnprocessableEntity, "Tahun tidak valid.");
        }

        return TypedResults.Ok(await laporan.ForYearAsync(tahun, ct));
    }
}
