using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace SopPublikasi.Module.LayananInformasi.Publik;

/// <summary>
/// An attachment of the answer, for the requester: the number and the code are checked again (a link alone is not
/// enough), the file must belong to that request, and it is sent as a download, never shown inline, never cached.
/// </summary>
public static class LampiranEndpoint
{
    public static void MapLampiranPemohon(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/ppid/lacak/lampiran", DownloadAsync)
            .RequireRateLimiting(PpidRateLimits.Lacak)
            .ExcludeFromDescription();

    public static async Task<IResult> DownloadAsync(string? nomor, string? kode, Guid? id, ILayananInformasi layanan, LayananFiles files, HttpContext http, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(layanan);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(http);
        PpidHeaders.Private(http);
        if (string.IsNullOrWhiteSpace(nomor) || string.IsNullOrWhiteSpace(kode) || id is null || nomor.Length > 100 || kode.Length > 20)
        {
            return TypedResults.NotFound();
        }

        var p = await layanan.FindForRequesterAsync(nomor.Trim(), kode.Trim(), ct);
        var lampiran = p?.Lampiran.FirstOrDefault(l => l.Id == id);
        if (lampiran is null || files.Open(lampiran.Lokasi) is not { } stream)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.File(stream, lampiran.ContentType, lampiran.NamaBerkas);
    }
}
