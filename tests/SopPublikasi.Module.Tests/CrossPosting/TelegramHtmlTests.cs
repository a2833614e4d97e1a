using SopPublikasi.Module.CrossPosting.Composition;

namespace SopPublikasi.Module.Tests.CrossPosting;

public class TelegramHtmlTests
{
    [Fact]
    public void Escape_Markup_Entities()
    {
        Assert.Equal("a &lt;b&gt; &amp;amp; &quot;c&quot; 'd'", TelegramHtml.Escape("a <b> &amp; \"c\" 'd'"));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("abc", 3)]
    [InlineData("<b>Judul</b>", 5)]
    [InlineData("<a href=\"https://a.id/?a=1&amp;b=2\">tautan</a>", 6)]
    [InlineData("&lt;&gt;&amp;&quot;", 4)]
    [InlineData("&#65;&#x42;&#x1F600;", 4)]
    [InlineData("😀", 2)]
    [InlineData("a & b; &nbsp;", 13)]
    [InlineData("baris\nbaru", 10)]
    public void VisibleLength_Html_Utf16UnitsAfterEntityParsing(string html, int expected)
    {
        Assert.Equal(expected, TelegramHtml.VisibleLength(html));
    }
}
