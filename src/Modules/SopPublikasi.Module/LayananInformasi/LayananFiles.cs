using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.Media;

namespace SopPublikasi.Module.LayananInformasi;

/// <summary>
/// The desk's private files (identity scans, answer attachments): checked like every upload (real type from the
/// bytes, size), kept in a folder beside the media folder, never under the public /media address; opened only
/// through <see cref="Open"/> by pages that checked the reader's permission.
/// </summary>
public sealed class LayananFiles(IOptions<LayananOptions> options, MediaStore media, IWebHostEnvironment environment, TimeProvider clock)
{
    /// <summary>What an identity scan may be.</summary>
    public static readonly IReadOnlyList<string> IdentityTypes = ["image/jpeg", "image/png", "application/pdf"];

    public string Root { get; } = options.Value.BerkasPath is { Length: > 0 } path
        ? Path.GetFullPath(path, environment.ContentRootPath)
        : Path.Combine(Path.GetDirectoryName(media.Root.TrimEnd(Path.DirectorySeparatorChar)) ?? media.Root, "layanan-informasi");

    public long MaxUploadBytes => options.Value.MaxUploadBytes;

    /// <summary>Checks and stores a file; returns its location (relative to <see cref="Root"/>) and its real type and size.</summary>
    /// <param name="field">The form field the message belongs beside.</param>
    /// <param name="allowed">The accepted content types; null accepts every type the sniffer knows.</param>
    public async Task<StoredFile> SaveAsync(Stream content, string field, IReadOnlyList<string>? allowed, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        await using var buffer = new MemoryStream();
        await CopyLimitedAsync(content, buffer, field, ct);
        if (buffer.Length == 0)
        {
            throw new InputException(field, "Berkas kosong.");
        }

        var detected = FileSniffer.Detect(buffer);
        if (detected is null || (allowed is not null && !allowed.Contains(detected.ContentType)))
        {
            throw new InputException(field, allowed == IdentityTypes
                ? "Pindaian identitas harus berupa JPEG, PNG, atau PDF."
                : "Jenis berkas tidak didukung: unggah JPEG, PNG, WebP, GIF, PDF, atau DOCX.");
        }

        var year = clock.GetUtcNow().Year.ToString(CultureInfo.InvariantCulture);
        var location = Path.Combine(year, Guid.NewGuid().ToString("N") + detected.Extension);
        var full = FullPath(location);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await using (var file = new FileStream(full, FileMode.CreateNew, FileAccess.Write))
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(file, ct);
        }

        return new StoredFile(location.Replace(Path.DirectorySeparatorChar, '/'), detected.ContentType, buffer.Length);
    }

    /// <summary>The stored file for reading, or null when it is gone (erased after the retention period).</summary>
    public Stream? Open(string location)
    {
        var full = FullPath(location);
        return File.Exists(full) ? new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read) : null;
    }

    public void Delete(string? location)
    {
        if (!string.IsNullOrEmpty(location) && File.Exists(FullPath(location)))
        {
            File.Delete(FullPath(location));
        }
    }

    private string FullPath(string location)
    {
        var full = Path.GetFullPath(Path.Combine(Root, location));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException("The location is outside the desk's folder.", nameof(location));
        }

        return full;
    }

    private async Task CopyLimitedAsync(Stream content, MemoryStream buffer, string field, CancellationToken ct)
    {
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxUploadBytes)
            {
                throw new InputException(field, $"Berkas terlalu besar; batasnya {MediaStore.FormatSize(MaxUploadBytes)}.");
            }

            buffer.Write(chunk, 0, read);
        }
    }
}

public sealed record StoredFile(string Location, string ContentType, long Size);
