using SopPublikasi.Module.Common;
using SopPublikasi.Tests.Shared;

namespace SopPublikasi.Module.Tests.Common;

/// <summary>
/// The sanitizer's work is bounded before any parser runs (issue 21, finding 3): nesting depth, element count and
/// length are measured in one pass, and a body beyond a bound is refused with its reason, not cut.
/// </summary>
public class HtmlCleanerLimitsTests
{
    private readonly HtmlCleaner _cleaner = new(new HtmlOptions { MaxNestingDepth = 50, MaxElements = 2_000, MaxLength = 100_000 });

    private static string Nested(string tag, int depth) => string.Concat(Enumerable.Repeat($"<{tag}>", depth)) + "x";

    [Fact]
    public void Defaults_DepthElementsLength()
    {
        var defaults = new HtmlOptions();

        Assert.Equal((100, 50_000, 200_000), (defaults.MaxNestingDepth, defaults.MaxElements, defaults.MaxLength));
    }

    [Theory]
    [InlineData("b")]
    [InlineData("div")]
    [InlineData("span")]
    [InlineData("blockquote")]
    public void Refusal_NestedBeyondTheDepth_SaysItIsTooDeep(string tag)
    {
        Assert.Null(_cleaner.Refusal(Nested(tag, 50)));
        Assert.Contains("bersarang terlalu dalam", _cleaner.Refusal(Nested(tag, 51)), StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_TwoHundredKilobytesOfUnclosedBold_RefusedWithoutParsing()
    {
        var html = new HtmlCleaner(); // the defaults
        var bomb = Nested("b", 150 * 1024 / 3);

        var refused = Assert.Throws<HtmlRefusedException>(() => html.Clean(bomb));

        Assert.Contains("bersarang terlalu dalam", refused.Message, StringComparison.Ordinal);
        Assert.Contains("terlalu panjang", Assert.Throws<HtmlRefusedException>(() => html.Clean(Nested("b", 198 * 1024 / 3))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refusal_StrayQuoteInATag_DoesNotHideTheNestingAfterIt()
    {
        // In an unquoted value a quote is an ordinary character: the tag ends at '>' and the count goes on.
        Assert.NotNull(_cleaner.Refusal("<b title=a\"b>" + Nested("b", 60)));
        Assert.NotNull(_cleaner.Refusal("<b \"x\">" + Nested("i", 60)));
    }

    [Fact]
    public void Refusal_QuotedValueWithAngleBrackets_IsOneTag()
    {
        Assert.Null(_cleaner.Refusal("<p><a href=\"https://contoh.id/?a=<b><b><b>\" title='<i><i>'>tautan</a></p>"));
    }

    [Fact]
    public void Refusal_ClosedAndImpliedEnds_DoNotAddUp()
    {
        Assert.Null(_cleaner.Refusal(string.Concat(Enumerable.Repeat("<p><b>tebal</b> dan <i>miring</i></p>", 400))));
        Assert.Null(_cleaner.Refusal(string.Concat(Enumerable.Repeat("<p>paragraf tanpa penutup", 400))));
        Assert.Null(_cleaner.Refusal("<ul>" + string.Concat(Enumerable.Repeat("<li>butir tanpa penutup", 400)) + "</ul>"));
        Assert.Null(_cleaner.Refusal("<table>" + string.Concat(Enumerable.Repeat("<tr><td>a<td>b", 300)) + "</table>"));
        Assert.Null(_cleaner.Refusal(string.Concat(Enumerable.Repeat("baris<br>gambar<img src=\"/a.jpg\" alt=\"a\"><hr/>", 300))));
        Assert.Null(_cleaner.Refusal(string.Concat(Enumerable.Repeat("<!-- <b><b><b> --><p>a</p>", 100))));
    }

    [Fact]
    public void Refusal_FormattingLeftOpenReopenedInEveryBlock_CountedBeforeParsing()
    {
        // 40 distinct <i> closed by </p> stay active and are reopened in each later paragraph: 60 paragraphs are
        // 2,400 elements in the tree, though the text has 160 start tags and never nests more than 41.
        var html = "<p>" + string.Concat(Enumerable.Range(1, 40).Select(k => $"<i title=\"{k}\">")) + "</p>" + string.Concat(Enumerable.Repeat("<p>x</p>", 60));

        Assert.Contains("terlalu banyak elemen", _cleaner.Refusal(html), StringComparison.Ordinal);
        Assert.Null(_cleaner.Refusal(html.Replace("</p>", string.Concat(Enumerable.Range(1, 40).Select(_ => "</i>")) + "</p>", StringComparison.Ordinal)));
    }

    [Fact]
    public void Refusal_SloppyUnclosedBoldInEachParagraph_Accepted()
    {
        // At most three alike stay active ("Noah's Ark"): each paragraph reopens three inside itself, never deeper.
        // (With white space between the paragraphs the tree builder reopens them in the body, where they stay open
        // and the tree does deepen by one per paragraph; that is refused as too deep, rightly.)
        Assert.Null(_cleaner.Refusal(string.Concat(Enumerable.Repeat("<p><b>tebal tanpa penutup</p>", 300))));
        Assert.NotNull(_cleaner.Refusal(string.Concat(Enumerable.Repeat("<p><b>tebal tanpa penutup</p>\n", 300))));
    }

    [Fact]
    public void Refusal_TooManyElements_SaysSo()
    {
        Assert.Null(_cleaner.Refusal(string.Concat(Enumerable.Repeat("<b></b>", 2_000))));
        Assert.Contains("terlalu banyak elemen", _cleaner.Refusal(string.Concat(Enumerable.Repeat("<b></b>", 2_001))), StringComparison.Ordinal);
    }

    [Fact]
    public void Refusal_TooLong_SaysSo()
    {
        Assert.Contains("terlalu panjang", _cleaner.Refusal("<p>" + new string('a', 100_000) + "</p>"), StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_TreeDeeperThanTheTextShows_RefusedAfterParsing()
    {
        // The tree builder adds a tbody to each table: 12 nested tables are 36 levels in the text and 48 in the tree.
        var html = string.Concat(Enumerable.Repeat("<table><tr><td>", 12)) + "x";
        var cleaner = new HtmlCleaner(new HtmlOptions { MaxNestingDepth = 40 });
        Assert.Null(cleaner.Refusal(html));

        var refused = Assert.Throws<HtmlRefusedException>(() => cleaner.Clean(html));

        Assert.Contains("bersarang terlalu dalam", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_LongRealArticle_PassesWhole()
    {
        var html = new HtmlCleaner(); // the defaults
        var article = LongArticle.Html();
        Assert.InRange(System.Text.RegularExpressions.Regex.Replace(article, "<[^>]*>", string.Empty).Length, 60_000, 200_000);

        var cleaned = html.Clean(article);

        Assert.Equal(40, cleaned.Split("<img", StringSplitOptions.None).Length - 1);
        Assert.Equal(10, cleaned.Split("<table", StringSplitOptions.None).Length - 1);
        Assert.Contains("Bagian 120", cleaned, StringComparison.Ordinal);
    }
}
