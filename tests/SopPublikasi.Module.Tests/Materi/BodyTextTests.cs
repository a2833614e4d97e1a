using SopPublikasi.Module.Materi.Diff;

namespace SopPublikasi.Module.Tests.Materi;

public sealed class BodyTextTests
{
    [Fact]
    public void FromHtml_Blocks_OneLineEachWithoutMarkup()
    {
        var text = BodyText.FromHtml("<h2>Judul</h2><p>Paragraf <strong>tebal</strong> satu.</p><ul><li>butir A</li><li>butir B</li></ul><p>Baris<br>kedua</p>");

        Assert.Equal("Judul\nParagraf tebal satu.\nbutir A\nbutir B\nBaris\nkedua", text);
    }

    [Fact]
    public void FromHtml_ImageAndEscapedText_AltShownAndEntitiesDecoded()
    {
        var text = BodyText.FromHtml("<p>Foto: <img src=\"/media/x\" alt=\"Camat membuka rapat\"> &lt;b&gt; tetap teks</p>");

        Assert.Equal("Foto: [gambar: Camat membuka rapat] <b> tetap teks", text);
    }
}
