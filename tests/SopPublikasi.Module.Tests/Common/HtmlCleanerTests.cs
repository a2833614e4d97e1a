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
}
