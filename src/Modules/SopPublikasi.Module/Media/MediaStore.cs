using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace SopPublikasi.Module.Media;

/// <summary>Checks and stores uploads. Nothing reaches the disk before its size and real type are accepted.</summary>
public sealed class MediaStore(IOptions<MediaOptions> options, IWebHostEnvironment environment, TimeProvider clock)
{
    public string Root { get; } = System.IO.Path.GetFullPath(options.Value.Path, environment.ContentRootPath);

    public long MaxUploadBytes => options.Value.MaxUploadBytes;

    /// <summary>
    /// Validates the upload and writes it under a random name; <paramref name="expected"/> null accepts any kind
    /// the sniffer knows. The caller adds the row to the database.
    /// </summary>
    public async Task<MediaFile> SaveAsync(Stream upload, long length, string originalName, MediaKind? expected, string uploaderId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(upload);
        if (length <= 0)
        {
            throw new UploadRejectedException("Berkas kosong.");
        }

        if (length > MaxUploadBytes)
        {
            throw new UploadRejectedException(
                $"Berkas terlalu besar ({FormatSize(length)}); batasnya {FormatSize(MaxUploadBytes)}.");
        }

        await using var buffer = new MemoryStream(capacity: (int)length);
        await upload.CopyToAsync(buffer, ct);
        if (buffer.Length > MaxUploadBytes)
        {
            throw new UploadRejectedException($"Berkas terlalu besar; batasnya {FormatSize(MaxUploadBytes)}.");
        }

        var detected = FileSniffer.Detect(buffer);
        if (detected is null || (expected is not null && detected.Kind != expected))
        {
            throw new UploadRejectedException(expected switch
            {
                MediaKind.Image => "Berkas bukan gambar yang didukung (JPEG, PNG, WebP, atau GIF).",
                MediaKind.Document => "Berkas bukan dokumen yang didukung (PDF atau DOCX).",
                _ => "Jenis berkas tidak didukung: unggah JPEG, PNG, WebP, GIF, PDF, atau DOCX.",
            });
        }

        var (width, height) = detected.Kind == MediaKind.Image ? ImageSize(buffer) : (null, null);
        var now = clock.GetUtcNow();
        var id = Guid.NewGuid();
        var relative = System.IO.Path.Combine(
            now.ToString("yyyy", CultureInfo.InvariantCulture),
            now.ToString("MM", CultureInfo.InvariantCulture),
            id.ToString("N") + detected.Extension);
        var full = System.IO.Path.Combine(Root, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        buffer.Position = 0;
        await using (var file = new FileStream(full, FileMode.CreateNew, FileAccess.Write))
        {
            await buffer.CopyToAsync(file, ct);
        }

        return new MediaFile
        {
            Id = id,
            Kind = detected.Kind,
            OriginalName = System.IO.Path.GetFileName(originalName).Trim() is { Length: > 0 } name ? name[..Math.Min(name.Length, 200)] : "berkas" + detected.Extension,
            StoredPath = relative,
            ContentType = detected.ContentType,
            Size = buffer.Length,
            Width = width,
            Height = height,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray())),
            UploadedById = uploaderId,
            UploadedAt = now,
        };
    }

    /// <summary>Reads an image's pixel size from its header; an image that cannot be decoded is refused.</summary>
    private static (int? Width, int? Height) ImageSize(MemoryStream image)
    {
        using var data = SKData.CreateCopy(image.GetBuffer().AsSpan(0, (int)image.Length));
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0)
        {
            throw new UploadRejectedException("Gambar rusak atau tidak dapat dibaca.");
        }

        return (codec.Info.Width, codec.Info.Height);
    }

    /// <summary>Removes files written for a unit of work that was then refused or failed to commit.</summary>
    public void Discard(IEnumerable<MediaFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        foreach (var file in files)
        {
            File.Delete(FullPath(file));
        }
    }

    public string FullPath(MediaFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return System.IO.Path.Combine(Root, file.StoredPath);
    }

    public static string FormatSize(long bytes) => bytes >= 1024 * 1024
        ? (bytes / (1024d * 1024)).ToString("0.#", Common.IndonesianTime.Culture) + " MB"
        : (bytes / 1024d).ToString("0.#", Common.IndonesianTime.Culture) + " KB";
}
