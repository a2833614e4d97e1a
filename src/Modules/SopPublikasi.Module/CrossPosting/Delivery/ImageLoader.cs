using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Media;

namespace SopPublikasi.Module.CrossPosting.Delivery;

/// <summary>Reads a post's cover image from the media store, for networks that take the bytes.</summary>
public sealed class ImageLoader(SopDbContext db, MediaStore store)
{
    public async Task<PostImage?> LoadAsync(Guid? id, CancellationToken ct)
    {
        if (id is not { } imageId)
        {
            return null;
        }

        var file = await db.Media.AsNoTracking().FirstOrDefaultAsync(m => m.Id == imageId && m.Kind == MediaKind.Image, ct);
        var path = file is null ? null : store.FullPath(file.StoredPath);
        if (file is null || path is null || !File.Exists(path))
        {
            return null;
        }

        return new PostImage(file.Id, await File.ReadAllBytesAsync(path, ct), file.ContentType, file.DownloadName, file.Width ?? 0, file.Height ?? 0);
    }
}
