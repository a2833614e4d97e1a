using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Media;
using SopPublikasi.Module.Security;

namespace SopPublikasi.Module.Publik;

/// <summary>
/// Serves uploads by id with the sniffed content type, and an image's resized variants at
/// /media/{id}/{width}.{webp|jpg}. Files of unpublished material only for those who may see their item.
/// </summary>
public static class MediaEndpoints
{
    public static void MapMedia(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/media/{id:guid}", GetAsync).WithName("Berkas").WithTags("Berkas")
            .WithSummary("Berkas unggahan dengan jenis yang dikenali dari isinya. Berkas materi yang belum terbit hanya untuk yang boleh melihat materinya (sesi admin).")
            .ProducesFile([.. FileSniffer.ContentTypes]);
        routes.MapGet("/media/{id:guid}/{width:int}.{format}", GetVariantAsync).WithName("VarianFoto").WithTags("Berkas")
            .WithSummary("Foto dalam lebar tertentu (lihat varian di API), WebP atau JPEG.")
            .ProducesFile("image/webp", "image/jpeg")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.Limit("width", s => s.Minimum = "1");
                operation.Limit("format", s => s.Enum = OpenApiDescriptions.Enum("webp", "jpg"));
                return Task.CompletedTask;
            });
    }

    public static async Task<Results<PhysicalFileHttpResult, NotFound>> GetAsync(
        Guid id, HttpContext http, SopDbContext db, MediaCatalog catalog, PublicArticles articles, MediaStore store, CancellationToken ct)
    {
        var file = await FindAsync(id, http, db, catalog, articles, ct);
        return file is null
            ? TypedResults.NotFound()
            : Serve(http, store, file.StoredPath, file.ContentType, file.Kind == MediaKind.Document ? file.DownloadName : null);
    }

    public static async Task<Results<PhysicalFileHttpResult, NotFound>> GetVariantAsync(
        Guid id, int width, string format, HttpContext http, SopDbContext db, MediaCatalog catalog, PublicArticles articles, MediaStore store, CancellationToken ct)
    {
        var variant = (await FindAsync(id, http, db, catalog, articles, ct))?.Variants.FirstOrDefault(v => v.Width == width && v.Format == format);
        return variant is null ? TypedResults.NotFound() : Serve(http, store, variant.StoredPath, variant.ContentType, null);
    }

    /// <summary>The file if the request may read it (public, or visible to the signed-in viewer), with its cache headers set; else null.</summary>
    public static async Task<MediaFile?> FindAsync(Guid id, HttpContext http, SopDbContext db, MediaCatalog catalog, PublicArticles articles, CancellationToken ct)
    {
        var file = (await catalog.FindAsync(db, [id], ct)).GetValueOrDefault(id);
        var signedIn = http.User.Identity?.IsAuthenticated == true;
        if (file is null || (!await articles.IsPublicMediaAsync(id, ct) && !(signedIn && await MayReadUnpublishedAsync(file, http, db, ct))))
        {
            return null;
        }

        // Public files may sit in shared caches for a day; a signed-in editor's view of a draft's file may not.
        http.Response.Headers.CacheControl = signedIn ? "private, no-cache" : "public, max-age=86400";
        return file;
    }

    /// <summary>
    /// A file not (or no longer) public: its uploader, or anyone who may see an item it belongs to
    /// (<see cref="MateriAccess"/>: the disposisi scan, a version's cover, attachment or a photo in its body).
    /// </summary>
    private static async Task<bool> MayReadUnpublishedAsync(MediaFile file, HttpContext http, SopDbContext db, CancellationToken ct)
    {
        var actor = await http.RequestServices.GetRequiredService<ActorResolver>().FromPrincipalAsync(http.User);
        if (actor is null || actor.Roles.Count == 0)
        {
            return false;
        }

        var id = file.Id;
        if (file.UploadedById == actor.Id
            || await db.Materi.Where(MateriAccess.VisibleTo(actor)).AnyAsync(
                m => m.Disposisi.ScanId == id || m.Versions.Any(v => v.CoverImageId == id || v.AttachmentIds.Contains(id)), ct))
        {
            return true;
        }

        // A photo in the body of a version of an item the viewer may see: the text search finds the candidates, and
        // each body is then read as HTML (an address in a link or in plain text shows nothing and grants nothing).
        if (file.Kind != MediaKind.Image)
        {
            return false;
        }

        if (await MediaLibraryAccess.Photos(db, actor).AnyAsync(f => f.Id == id, ct)) // the media library's rule
        {
            return true;
        }

        var address = MediaUrls.Of(id);
        var visible = db.Materi.Where(MateriAccess.VisibleTo(actor)).Select(m => m.Id);
        var bodies = await db.MateriVersions.AsNoTracking()
            .Where(v => visible.Contains(v.MateriId) && v.Body.Contains(address))
            .Select(v => v.Body)
            .ToListAsync(ct);
        return bodies.Any(body => BodyImages.Of(body).Contains(id));
    }

    public static Results<PhysicalFileHttpResult, NotFound> Serve(HttpContext http, MediaStore store, string storedPath, string contentType, string? downloadName)
    {
        var path = store.FullPath(storedPath);
        if (!File.Exists(path))
        {
            return TypedResults.NotFound();
        }

        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.ContentSecurityPolicy = SecurityHeaders.UploadContentSecurityPolicy;
        return TypedResults.PhysicalFile(path, contentType, fileDownloadName: downloadName, enableRangeProcessing: true);
    }
}
