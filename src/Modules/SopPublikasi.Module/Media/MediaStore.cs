using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace SopPublikasi.Module.Media;

/// <summary>Checks and stores uploads. Nothing reaches the disk before its size and real type are accepted.</summary>
public sealed class MediaStore(IOptions<MediaOptions> options, IWebHostEnvironment environment, TimeProvider clock, ImageWork imageWork)
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

        var now = clock.GetUtcNow();
        var id = Guid.NewGuid();
        var folder = System.IO.Path.Combine(now.ToString("yyyy", CultureInfo.InvariantCulture), now.ToString("MM", CultureInfo.InvariantCulture));
        var stored = new MediaFile
        {
            Id = id,
            Kind = detected.Kind,
            OriginalName = DisplayName(originalName) ?? "berkas" + detected.Extension,
            StoredPath = System.IO.Path.Combine(folder, id.ToString("N") + detected.Extension),
            ContentType = detected.ContentType,
            UploadedById = uploaderId,
            UploadedAt = now,
        };

        ReadOnlyMemory<byte> content = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        var variantFiles = new List<(string Path, byte[] Bytes)>();
        if (detected.Kind == MediaKind.Image)
        {
            var o = options.Value;

            // Measured by its header before it waits for a slot or is decoded: a picture above the budget costs nothing.
            ImagePipeline.Measure(content.Span, o.MaxImagePixels);
            var image = content;
            var processed = await imageWork.RunAsync(() => ImagePipeline.Process(image.Span, detected.ContentType, o.Widths, o.JpegQuality, o.WebpQuality, o.MaxImagePixels), ct);
            content = processed.Original.Bytes;
            (stored.Width, stored.Height) = (processed.Original.Width, processed.Original.Height);
            foreach (var v in processed.Variants)
            {
                var path = System.IO.Path.Combine(folder, $"{id:N}-{v.Width}.{v.Format}");
                stored.Variants.Add(new MediaVariant { Width = v.Width, Height = v.Height, Format = v.Format, Size = v.Bytes.Length, StoredPath = path });
                variantFiles.Add((path, v.Bytes));
            }
        }

        stored.Size = content.Length;
        stored.Sha256 = Convert.ToHexStringLower(SHA256.HashData(content.Span));
        try
        {
            await WriteAsync(stored.StoredPath, content, ct);
            foreach (var (path, bytes) in variantFiles)
            {
                await WriteAsync(path, bytes, ct);
            }
        }
        catch
        {
            Discard([stored]);
            throw;
        }

        return stored;
    }

    private async Task WriteAsync(string relative, ReadOnlyMemory<byte> content, CancellationToken ct)
    {
        var full = System.IO.Path.Combine(Root, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        await using var file = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
        await file.WriteAsync(content, ct);
    }

    /// <summary>Removes files written for a unit of work that was then refused or failed to commit.</summary>
    public void Discard(IEnumerable<MediaFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        foreach (var path in files.SelectMany(f => f.StoredPaths).Select(FullPath).Where(File.Exists))
        {
            File.Delete(path);
        }
    }

    public string FullPath(MediaFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return FullPath(file.StoredPath);
    }

    public string FullPath(string storedPath) => System.IO.Path.Combine(Root, storedPath);

    /// <summary>
    /// The uploaded file's name for display and download only (it is never part of a path on disk): the last
    /// segment after any '/' or '\', without control characters (NUL included) and invisible format characters
    /// (Unicode Cc, Cf, line and paragraph separators: a right-to-left override makes "lampiran\u202Efdp.hta" read
    /// as "lampiranath.pdf"), runs of white space as one space, at most 200 characters; null when nothing usable is
    /// left ("..", empty). Letters of any script, digits and punctuation stay.
    /// </summary>
    public static string? DisplayName(string? originalName)
    {
        var name = originalName ?? string.Empty;
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        var kept = new System.Text.StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.SpaceSeparator || rune.Value is '\t' or '\n' or '\r')
            {
                if (kept.Length > 0 && kept[^1] != ' ')
                {
                    kept.Append(' ');
                }

                continue;
            }

            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                || rune == Rune.ReplacementChar)
            {
                continue;
            }

            kept.Append(rune.ToString());
        }

        name = kept.ToString().Trim().TrimStart('.');
        if (name.Length > 200)
        {
            name = name[..200];
            if (char.IsHighSurrogate(name[^1]))
            {
                name = name[..^1];
            }
        }

        return name.Length == 0 ? null : name;
    }

    /// <summary>
    /// The name a file is shown and downloaded under: <see cref="DisplayName"/> of the uploader's name, with the
    /// extension of the type read from its bytes (a PDF is ".pdf" whatever it was called); a last extension of
    /// letters and digits is replaced, never kept before the real one. Applied when shown, so names stored before
    /// this rule are shown safely too.
    /// </summary>
    public static string DownloadName(string? originalName, string contentType)
    {
        var extension = FileSniffer.ExtensionOf(contentType);
        var name = DisplayName(originalName) ?? "berkas";
        if (extension is null)
        {
            return name;
        }

        var dot = name.LastIndexOf('.');
        if (dot > 0 && name.Length - dot - 1 is >= 1 and <= 10 && name[(dot + 1)..].All(char.IsAsciiLetterOrDigit))
        {
            name = name[..dot].TrimEnd(' ', '.');
        }

        name = name.Length == 0 ? "berkas" : name;
        return name[..Math.Min(name.Length, 200 - extension.Length)] + extension;
    }

    public static string FormatSize(long bytes) => bytes >= 1024 * 1024
        ? (bytes / (1024d * 1024)).ToString("0.#", Common.IndonesianTime.Culture) + " MB"
        : (bytes / 1024d).ToString("0.#", Common.IndonesianTime.Culture) + " KB";
}
