using System.IO.Compression;
using System.Text;
using SopPublikasi.Module.Media;

namespace SopPublikasi.Module.Tests.Media;

public class FileSnifferTests
{
    private static MemoryStream Bytes(params byte[] head) => new([.. head, .. new byte[32]]);

    [Fact]
    public void Detect_Png_IsImage() =>
        Assert.Equal("image/png", FileSniffer.Detect(Bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A))?.ContentType);

    [Fact]
    public void Detect_Jpeg_IsImage() =>
        Assert.Equal("image/jpeg", FileSniffer.Detect(Bytes(0xFF, 0xD8, 0xFF, 0xE0))?.ContentType);

    [Fact]
    public void Detect_Pdf_IsDocument() =>
        Assert.Equal(MediaKind.Document, FileSniffer.Detect(new MemoryStream(Encoding.ASCII.GetBytes("%PDF-1.7\n...")))?.Kind);

    [Fact]
    public void Detect_HtmlNamedAsImage_Unknown() =>
        Assert.Null(FileSniffer.Detect(new MemoryStream(Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"))));

    [Fact]
    public void Detect_Docx_IsDocument()
    {
        var docx = Zip("[Content_Types].xml", "word/document.xml");

        Assert.Equal(".docx", FileSniffer.Detect(docx)?.Extension);
        Assert.Equal(0, docx.Position);
    }

    [Fact]
    public void Detect_OtherZip_Unknown() => Assert.Null(FileSniffer.Detect(Zip("payload.exe")));

    private static MemoryStream Zip(params string[] entries)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write("<x/>");
            }
        }

        stream.Position = 0;
        return stream;
    }
}
