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
}
