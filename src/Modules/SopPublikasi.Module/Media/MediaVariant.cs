namespace SopPublikasi.Module.Media;

/// <summary>
/// A resized copy of an uploaded image (WebP or JPEG), made at upload time so that the public site can offer a
/// phone the small file and a desktop the large one. Written by SkiaSharp, so no metadata (EXIF) survives.
/// </summary>
public sealed class MediaVariant
{
    public int Width { get; set; }

    public int Height { get; set; }

    /// <summary>"webp" or "jpg": also the file name's extension in its URL.</summary>
    public string Format { get; set; } = string.Empty;

    /// <summary>Path relative to Media:Path.</summary>
    public string StoredPath { get; set; } = string.Empty;

    public long Size { get; set; }

    public string ContentType => Format == ImageFormats.WebP ? "image/webp" : "image/jpeg";

    public string Url(Guid mediaId) => $"{MediaUrls.Of(mediaId)}/{Width}.{Format}";
}

public static class ImageFormats
{
    public const string WebP = "webp";

    public const string Jpeg = "jpg";
}
