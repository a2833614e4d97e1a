using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Media;
using SopPublikasi.Module.Publik;

namespace SopPublikasi.Module.Pratinjau;

/// <summary>
/// The files of the version a preview link shows, for a reader without an account: only that version's cover,
/// attachments and body photos, only while the link works, never stored by a shared cache nor indexed.
/// </summary>
public static class PreviewMediaEndpoints
{
    public static void MapPreviewMedia(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/pratinjau/{token}/media/{id:guid}", GetAsync).WithName("BerkasPratinjau").WithTags("Pratinjau")
            .WithSummary("Berkas versi yang ditunjukkan tautan pratinjau (sampul, lampiran, foto di isi), selama tautan berlaku.")
            .ProducesFile([.. FileSniffer.ContentTypes]);
        routes.MapGet("/pratinjau/{token}/media/{id:guid}/{width:int}.{format}", GetVariantAsync).WithName("VarianFotoPratinjau").WithTags("Pratinjau")
            .WithSummary("Foto versi yang ditunjukkan tautan pratinjau dalam lebar tertentu, WebP atau JPEG.")
            .ProducesFile("image/webp", "image/jpeg")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.Limit("width", s => s.Minimum = "1");
                operation.Limit("format", s => s.Enum = OpenApiDescriptions.Enum("webp", "jpg"));
                return Task.CompletedTask;
            });
    }

    public static async Task<Results<PhysicalFileHttpResult, NotFound>> GetAsync(
        string token, Guid id, HttpContext http, SopDbContext db, PreviewLinks links, MediaCatalog catalog, MediaStore store, CancellationToken ct)
    {
        var file = await FindAsync(token, id, http, db, links, catalog, ct);
        return file is null
            ? TypedResults.NotFound()
            : MediaEndpoints.Serve(http, store, file.StoredPath, file.ContentType, file.Kind == MediaKind.Document ? file.DownloadName : null);
    }

    public static async Task<Results<PhysicalFileHttpResult, NotFound>> GetVariantAsync(
        string token, Guid id, int width, string format, HttpContext http, SopDbContext db, PreviewLinks links, MediaCatalog catalog, MediaStore store, CancellationToken ct)
    {
        var variant = (await FindAsync(token, id, http, db, links, catalog, ct))?.Variants.FirstOrDefault(v => v.Width == width && v.Format == format);
        return variant is null ? TypedResults.NotFound() : MediaEndpoints.Serve(http, store, variant.StoredPath, variant.ContentType, null);
    }

    private static async Task<MediaFile?> FindAsync(string token, Guid id, HttpContext http, SopDbContext db, PreviewLinks links, MediaCatalog catalog, CancellationToken ct)
    {
        http.Response.Headers.CacheControl = "private, no-store";
        http.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        var (link, state) = await links.FindAsync(token, ct);
        if (state != PreviewLinkState.Active)
        {
            return null;
        }

        var version = await db.MateriVersions.AsNoTracking().FirstAsync(v => v.Id == link!.VersionId, ct);
        return PreviewRenderer.FilesOf(version).Contains(id) ? (await catalog.FindAsync(db, [id], ct)).GetValueOrDefault(id) : null;
    }
}
