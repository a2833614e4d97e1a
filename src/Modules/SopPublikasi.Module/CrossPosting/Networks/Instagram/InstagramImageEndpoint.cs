using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.CrossPosting.Composition;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Media;
using SopPublikasi.Module.Publik;

namespace SopPublikasi.Module.CrossPosting.Networks.Instagram;

public static class InstagramImageEndpoint
{
    public static void MapInstagramImage(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/media/{id:guid}/instagram.jpg", GetInstagramAsync).WithName("FotoInstagram").WithTags("Berkas")
            .WithSummary("Foto sampul dalam ukuran yang diterima Instagram (JPEG).")
            .ProducesFile("image/jpeg");

    /// <summary>
    /// The cover as Instagram accepts it (JPEG, 4:5 to 1.91:1, 320-1440 px wide): made on first request, kept beside
    /// the original. Instagram fetches it from this public address when a container is created.
    /// </summary>
    public static async Task<Results<PhysicalFileHttpResult, NotFound>> GetInstagramAsync(
        Guid id, HttpContext http, SopDbContext db, MediaCatalog catalog, PublicArticles articles, MediaStore store,
        Microsoft.Extensions.Options.IOptions<InstagramLimits> limits, ImageWork imageWork, CancellationToken ct)
    {
        var file = await MediaEndpoints.FindAsync(id, http, db, catalog, articles, ct);
        if (file is null || file.Kind != MediaKind.Image || !File.Exists(store.FullPath(file.StoredPath)))
        {
            return TypedResults.NotFound();
        }

        var relative = System.IO.Path.ChangeExtension(file.StoredPath, null) + "-instagram.jpg";
        var full = store.FullPath(relative);
        if (!File.Exists(full))
        {
            var original = await File.ReadAllBytesAsync(store.FullPath(file.StoredPath), ct);
            var jpeg = await imageWork.RunAsync(() => InstagramJpeg.Create(original, limits.Value, maxPixels: imageWork.MaxPixels), ct);
            var temporary = full + "." + Guid.NewGuid().ToString("N") + ".tmp";
            await File.WriteAllBytesAsync(temporary, jpeg, ct);
            File.Move(temporary, full, overwrite: true);
        }

        return MediaEndpoints.Serve(http, store, relative, "image/jpeg", null);
    }
}
