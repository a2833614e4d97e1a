namespace SopPublikasi.Module.Media;

public enum MediaKind
{
    Image = 0,
    Document = 1,
}

/// <summary>An uploaded file, stored outside the web root under a random name.</summary>
public sealed class MediaFile
{
    public const int CaptionMaxLength = 500;

    public const int CreditMaxLength = 200;

    public Guid Id { get; set; }

    public MediaKind Kind { get; set; }

    /// <summary>The name the uploader gave it (shown for downloads only, never used as a path).</summary>
    public string OriginalName { get; set; } = string.Empty;

    /// <summary>Path relative to Media:Path.</summary>
    public string StoredPath { get; set; } = string.Empty;

    /// <summary>The content type found by reading the file, not the one the browser claimed.</summary>
    public string ContentType { get; set; } = string.Empty;

    public long Size { get; set; }

    /// <summary>Pixel size of an image (null for documents).</summary>
    public int? Width { get; set; }

    public int? Height { get; set; }

    public string Sha256 { get; set; } = string.Empty;

    public string UploadedById { get; set; } = string.Empty;

    public DateTimeOffset UploadedAt { get; set; }

    /// <summary>The photo's caption ("keterangan"), shown under it on the public article and in the API; edited in the media library.</summary>
    public string? Caption { get; set; }

    /// <summary>Who took the photo ("kredit foto"), shown with the caption.</summary>
    public string? Credit { get; set; }

    /// <summary>Resized WebP and JPEG copies of an image, narrowest first (none for documents).</summary>
    public List<MediaVariant> Variants { get; set; } = [];

    /// <summary>The name shown and offered for download: no control or format characters, the extension of the sniffed type.</summary>
    public string DownloadName => MediaStore.DownloadName(OriginalName, ContentType);

    /// <summary>Every file this upload wrote, relative to Media:Path.</summary>
    public IEnumerable<string> StoredPaths => Variants.Select(v => v.StoredPath).Prepend(StoredPath);
}
