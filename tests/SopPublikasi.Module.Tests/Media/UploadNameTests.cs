using SopPublikasi.Module.Media;

namespace SopPublikasi.Module.Tests.Media;

/// <summary>An uploaded file's name is only ever shown or offered for download: no path, no control characters.</summary>
public class UploadNameTests
{
    [Theory]
    [InlineData("../../x.jpg", "x.jpg")]
    [InlineData("..\\..\\x.jpg", "x.jpg")]
    [InlineData("/etc/passwd", "passwd")]
    [InlineData("C:\\Windows\\win.ini", "win.ini")]
    [InlineData("foto\0.jpg", "foto.jpg")]
    [InlineData("..", null)]
    [InlineData("  ", null)]
    [InlineData(".htaccess", "htaccess")]
    [InlineData("Notulen Rapat.pdf", "Notulen Rapat.pdf")]
    public void DisplayName_LastSegmentWithoutControlCharacters(string original, string? expected) =>
        Assert.Equal(expected, MediaStore.DisplayName(original));

    [Fact]
    public void DisplayName_AtMost200Characters() =>
        Assert.Equal(200, MediaStore.DisplayName(new string('a', 500) + ".pdf")!.Length);

    [Theory]
    [InlineData("lampiran\u202Efdp.hta", "lampiranfdp.hta")] // right-to-left override
    [InlineData("\u202Dlaporan\u2066.pdf\u2069", "laporan.pdf")] // left-to-right override, isolates
    [InlineData("nota\u200B\u200F\uFEFFdinas.pdf", "notadinas.pdf")] // zero width space, RLM, BOM
    [InlineData("baris\u2028baru\u0085.pdf", "barisbaru.pdf")] // line separator, NEL
    [InlineData("Surat   Undangan\tMusrenbang.pdf", "Surat Undangan Musrenbang.pdf")]
    [InlineData("Notulen Rapat Desa Ngijo – Tasikmadu (Revisi).pdf", "Notulen Rapat Desa Ngijo – Tasikmadu (Revisi).pdf")]
    [InlineData("Résumé kegiatan 📷.pdf", "Résumé kegiatan 📷.pdf")]
    public void DisplayName_NoControlOrFormatCharacters_ReadableTextKept(string original, string expected) =>
        Assert.Equal(expected, MediaStore.DisplayName(original));

    [Theory]
    [InlineData("lampiran\u202Efdp.hta", "application/pdf", "lampiranfdp.pdf")]
    [InlineData("foto kegiatan.jpg", "application/pdf", "foto kegiatan.pdf")]
    [InlineData("laporan.pdf.exe", "application/pdf", "laporan.pdf.pdf")]
    [InlineData("Laporan.PDF", "application/pdf", "Laporan.pdf")]
    [InlineData("Laporan Tahunan 2026", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Laporan Tahunan 2026.docx")]
    [InlineData("v1.2 final", "application/pdf", "v1.2 final.pdf")]
    [InlineData("\u202E", "application/pdf", "berkas.pdf")]
    [InlineData(".pdf", "application/pdf", "pdf.pdf")] // a leading dot is dropped (no hidden files), as in DisplayName
    [InlineData("peta.png", "image/png", "peta.png")]
    public void DownloadName_ExtensionFollowsTheSniffedType(string original, string contentType, string expected) =>
        Assert.Equal(expected, MediaStore.DownloadName(original, contentType));

    [Fact]
    public void DownloadName_AtMost200CharactersWithItsExtension()
    {
        var name = MediaStore.DownloadName(new string('a', 500) + ".exe", "application/pdf");

        Assert.Equal(200, name.Length);
        Assert.EndsWith("a.pdf", name, StringComparison.Ordinal);
    }
}
