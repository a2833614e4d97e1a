using SopPublikasi.Module.Media;

namespace SopPublikasi.Module.Tests.Media;

public class BodyImagesTests
{
    private static readonly Guid A = Guid.Parse("0b7c1c7e-5d1a-4a43-9f0e-0d7f1a2b3c4d");
    private static readonly Guid B = Guid.Parse("1c8d2d8f-6e2b-4b54-8a1f-1e8a2b3c4d5e");

    [Fact]
    public void Of_ImgAndPictureSources_Count()
    {
        var body = $"<p><img src=\"/media/{A}/960.jpg\" alt=\"a\"></p><picture><source type=\"image/webp\" srcset=\"/media/{B}/480.webp 480w, /media/{B}/960.webp 960w\"><img src=\"/media/{B}\" alt=\"b\"></picture>";

        Assert.Equal(new HashSet<Guid> { A, B }, BodyImages.Of(body));
    }

    [Theory]
    [InlineData("<p><a href=\"/media/{0}\">unduh</a></p>")]
    [InlineData("<p>Berkas ada di /media/{0} kantor.</p>")]
    [InlineData("<p><img src=\"https://situs-lain.example/media/{0}\" alt=\"x\"></p>")]
    [InlineData("<p><img src=\"/media/bukan-{0}\" alt=\"x\"></p>")]
    public void Of_LinksTextAndOtherSites_NameNoPhoto(string template) =>
        Assert.Empty(BodyImages.Of(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, A)));
}
