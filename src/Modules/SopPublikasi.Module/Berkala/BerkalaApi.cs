using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Security;

namespace SopPublikasi.Module.Berkala;

/// <summary><c>GET /api/v1/informasi-berkala/perlu-diperbarui</c>: the dashboard's list of stale informasi berkala, for the PPID Pembantu and the Sekretaris.</summary>
public static class BerkalaApi
{
    /// <param name="Diperbarui">The latest publication (WIB), from which the age counts.</param>
    /// <param name="Batas">When it crossed the line of Ppid:BerkalaMaxAge (WIB).</param>
    /// <param name="RevisiBerjalan">A revision has been started and is not published yet.</param>
    public sealed record BerkalaUsangView(Guid Id, string Judul, DateTimeOffset Diperbarui, DateTimeOffset Batas, bool RevisiBerjalan, string Url);

    public static void MapBerkalaApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/informasi-berkala/perlu-diperbarui", StaleAsync).WithName("BerkalaPerluDiperbarui").WithTags("Alur kerja")
            .WithSummary("Informasi berkala yang terbit dan publikasi terakhirnya lebih tua dari batas (Ppid:BerkalaMaxAge, bawaan 6 bulan), yang terlama dulu. Untuk PPID Pembantu dan Sekretaris.");
    }

    public static async Task<Results<Ok<BerkalaUsangView[]>, ProblemHttpResult>> StaleAsync(
        ClaimsPrincipal user, ActorResolver actors, BerkalaFreshness freshness, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(freshness);
        var actor = (await actors.FromPrincipalAsync(user))!;
        if (!BerkalaFreshness.MaySee(actor))
        {
            return ApiProblems.Problem(StatusCodes.Status403Forbidden, "Tidak diizinkan.", "Daftar ini untuk PPID Pembantu dan Sekretaris.");
        }

        var stale = await freshness.StaleAsync(ct);
        return TypedResults.Ok(stale.Select(s => new BerkalaUsangView(
            s.MateriId, s.Title, IndonesianTime.ToWib(s.LastPublishedAt), IndonesianTime.ToWib(s.DueAt), s.RevisionInProgress, $"{ApiRoutes.V1}/materi/{s.MateriId}")).ToArray());
    }
}
