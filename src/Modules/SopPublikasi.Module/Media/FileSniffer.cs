using System.IO.Compression;

namespace SopPublikasi.Module.Media;

/// <summary>Finds what a file really is from its bytes; the name and the browser's claim are not trusted.</summary>
public static class FileSniffer
{
    public sealed record Detected(string ContentType, string Extension, MediaKind Kind);

    // The types the sniffer finds, with the extension a file of each is stored and downloaded with.
    private static readonly (string ContentType, string Extension)[] Known =
    [
        ("image/jpeg", ".jpg"), ("image/png", ".png"), ("image/webp", ".webp"), ("image/gif", ".gif"), ("application/pdf", ".pdf"),
        ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
    ];

    /// <summary>The content types the sniffer finds, and so the only ones a file is stored and served as.</summary>
    public static IReadOnlyList<string> ContentTypes { get; } = [.. Known.Select(k => k.ContentType)];

    /// <summary>The extension of a content type the sniffer finds (".pdf" for application/pdf), or null for any other.</summary>
    public static string? ExtensionOf(string? contentType) =>
        Array.Find(Known, k => string.Equals(k.ContentType, contentType, StringComparison.Ordinal)).Extension;

    public static Detected? Detect(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        Span<byte> head = stackalloc byte[16];
        content.Position = 0;
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];
        content.Position = 0;

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return new("image/jpeg", ".jpg", MediaKind.Image);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return new("image/png", ".png", MediaKind.Image);
        }

        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return new("image/webp", ".webp", MediaKind.Image);
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return new("image/gif", ".gif", MediaKind.Image);
        }

        if (head.StartsWith("%PDF-"u8))
        {
            return new("application/pdf", ".pdf", MediaKind.Document);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]) && IsDocx(content))
        {
            return new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", MediaKind.Document);
        }

        return null;
    }

    private static bool IsDocx(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            return zip.GetEntry("[Content_Types].xml") is not null && zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
        finally
        {
            content.Position = 0;
        }
    }
}
