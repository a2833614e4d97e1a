using SopPublikasi.Module.Common;

namespace SopPublikasi.Module.Tests.Common;

public class HtmlCleanerTests
{
    private readonly HtmlCleaner _cleaner = new();

    [Theory]
    [InlineData("<p>Halo</p><script>alert(1)</script>", "script")]
    [InlineData("<img src=x onerror=alert(1)>", "onerror")]
    [InlineData("<a href=\"javascript:alert(1)\">klik</a>", "javascript:")]
    [InlineData("<svg><script>alert(1)</script></svg>", "alert")]
    [InlineData("<p style=\"color:red\" class=\"MsoNormal\">Word</p>", "Mso")]
    [InlineData("<iframe src=\"https://contoh.id\"></iframe>", "iframe")]
    public void Clean_DangerousOrForeignMarkup_Removed(string html, string forbidden)
    {
        Assert.DoesNotContain(forbidden, _cleaner.Clean(html), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Clean_OrdinaryFormatting_Kept()
    {
        var html = "<p><strong>Tebal</strong> <em>miring</em> <a href=\"https://karanganyarkab.go.id\">tautan</a></p><ul><li>satu</li></ul>";

        Assert.Equal(html, _cleaner.Clean(html));
    }

    [Theory]
    [InlineData("<p> </p>", true)]
    [InlineData("<p>&nbsp;</p>", true)]
    [InlineData("<p>Isi</p>", false)]
    [InlineData("<p><img src=\"https://contoh.id/a.jpg\" alt=\"a\"></p>", false)]
    public void IsEmpty_VisibleContent_Detected(string html, bool empty) => Assert.Equal(empty, HtmlCleaner.IsEmpty(html));

    // What Word 2016+ on Windows puts on the clipboard (text/html), trimmed to one heading, two paragraphs and a list.
    private const string WordClipboard = """
        <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
        <head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=ProgId content=Word.Document>
        <meta name=Generator content="Microsoft Word 15"><link rel=File-List href="file:///C:/Users/staf/AppData/Local/Temp/msohtmlclip1/01/clip_filelist.xml">
        <!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]-->
        <style><!-- p.MsoNormal {mso-style-unhide:no; margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>
        </head>
        <body lang=IN style='tab-interval:36.0pt;word-wrap:break-word'>
        <!--StartFragment-->
        <h1 style='margin-left:0cm'><span lang=IN style='mso-ansi-language:IN'>Musrenbang Kecamatan 2026<o:p></o:p></span></h1>
        <p class=MsoNormal style='text-align:justify'><a name="_GoBack"></a><span lang=IN style='font-size:12.0pt;line-height:107%;font-family:"Times New Roman",serif;mso-fareast-font-family:Calibri'>Kegiatan dibuka oleh <b style='mso-bidi-font-weight:normal'>Camat</b> pada pukul 08.00 WIB di <i>Pendopo Kecamatan</i>.<o:p></o:p></span></p>
        <p class=MsoNormal><o:p>&nbsp;</o:p></p>
        <p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=IN>Usulan infrastruktur desa<o:p></o:p></span></p>
        <!--EndFragment-->
        </body>
        </html>
        """;

    // What Google Docs in Chrome puts on the clipboard: everything inside <b id="docs-internal-guid-…">, formatting in spans' styles.
    private const string GoogleDocsClipboard = """
        <meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-5b3e2f1a-7fff-2c4d-91a0-3f1e8c2d4b6a"><h2 dir="ltr" style="line-height:1.38;margin-top:18pt;margin-bottom:6pt;"><span style="font-size:16pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">Posyandu Lansia</span></h2><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;white-space:pre-wrap;">Sebanyak </span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:700;font-style:normal;white-space:pre-wrap;">120 warga</span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:italic;white-space:pre-wrap;"> lanjut usia</span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;font-weight:400;white-space:pre-wrap;"> diperiksa. Lihat </span><a href="https://karanganyarkab.go.id/" style="text-decoration:none;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#1155cc;font-weight:400;text-decoration:underline;white-space:pre-wrap;">situs kabupaten</span></a></p><br><ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:disc;font-size:11pt;font-family:Arial,sans-serif;" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;white-space:pre-wrap;">Cek tekanan darah</span></p></li></ul></b><br class="Apple-interchange-newline">
        """;

    [Fact]
    public void Clean_WordClipboard_KeepsStructureAndDropsWordMarkup()
    {
        var clean = _cleaner.Clean(WordClipboard);

        foreach (var forbidden in new[] { "mso", "Mso", "o:p", "<span", "style=", "class=", "lang=", "<!--", "supportLists", "<a", "Calibri", "<meta", "·" })
        {
            Assert.DoesNotContain(forbidden, clean, StringComparison.Ordinal);
        }

        Assert.Contains("<h1>Musrenbang Kecamatan 2026</h1>", clean, StringComparison.Ordinal);
        Assert.Contains("<p>Kegiatan dibuka oleh <b>Camat</b> pada pukul 08.00 WIB di <i>Pendopo Kecamatan</i>.</p>", clean, StringComparison.Ordinal);
        Assert.Contains("Usulan infrastruktur desa", clean, StringComparison.Ordinal);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(clean, "<(h1|p)>"));
    }

    [Fact]
    public void Clean_GoogleDocsClipboard_UnwrapsGuidBoldAndKeepsRealBoldAndItalic()
    {
        var clean = _cleaner.Clean(GoogleDocsClipboard);

        foreach (var forbidden in new[] { "docs-internal-guid", "<b>", "<b ", "<br", "<span", "style=", "dir=", "Apple-interchange", "role=", "font-weight" })
        {
            Assert.DoesNotContain(forbidden, clean, StringComparison.Ordinal);
        }

        Assert.StartsWith("<h2>Posyandu Lansia</h2>", clean, StringComparison.Ordinal);
        Assert.Contains("Sebanyak <strong>120 warga</strong><em> lanjut usia</em> diperiksa.", clean, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://karanganyarkab.go.id/\">situs kabupaten</a>", clean, StringComparison.Ordinal);
        Assert.Contains("<li", clean, StringComparison.Ordinal);
        Assert.Contains("Cek tekanan darah", clean, StringComparison.Ordinal);
    }

    [Fact]
    public void ImagesWithoutAlt_ListsOnlyImagesWithBlankAlt()
    {
        var clean = _cleaner.Clean("<p><img src=\"/media/a\" alt=\"Camat membuka acara\"><img src=\"/media/b\"><img src=\"/media/c\" alt=\"  \"></p>");

        Assert.Equal(["/media/b", "/media/c"], HtmlCleaner.ImagesWithoutAlt(clean));
    }
}
