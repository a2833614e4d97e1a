using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Publik;

namespace SopPublikasi.Module.Media;

/// <summary>Serves uploads by id with the sniffed content type. Files of unpublished material need a signed-in user.</summary>
public static class MediaEndpoints
{
    public static void MapMedia(this IEndpointRouteBuilder routes) => routes.MapGet("/media/{id:guid}", GetAsync);

    public static async Task<Results<PhysicalFileHttpResult, NotFound>> GetAsync(
        Guid id, HttpContext http, SopDbContext db, PublicArticles articles, MediaStore store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        var file = await db.Media.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (file is null || (http.User.Identity?.IsAuthenticated != true && !await articles.IsPublicMediaAsync(id, ct)))
        {
            return TypedResults.NotFound();
        }

        var path = store.FullPath(file);
        if (!File.Exists(path))
        {
            return TypedResults.NotFound();
        }

        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.PhysicalFile(
            path,
            file.ContentType,
            fileDownloadName: file.Kind == MediaKind.Document ? file.OriginalName : null,
            enableRangeProcessing: true);
    }
}
