using SopPublikasi.Module.CrossPosting.Composition;

namespace SopPublikasi.Module.Tests.CrossPosting;

public class XTextLengthTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("Hello, world!", 13)]
    [InlineData("Selamat pagi! Rapat dinas guru hari Senin pukul 08.00 WIB.", 58)]
    [InlineData("Kafé Ñandú", 10)]
    public void Count_LatinText_OnePerCharacter(string text, int expected)
    {
        Assert.Equal(expected, XTextLength.Count(text));
    }

    [Fact]
    public void Count_DecomposedAccent_CountedAfterNfc()
    {
        Assert.Equal(4, XTextLength.Count("Kafe\u0301"));
    }

    [Theory]
    [InlineData("\u201Ckutip\u201D", 7)]
    [InlineData("a\u2014b", 3)]
    [InlineData("5\u2032", 2)]
    [InlineData("\u2026", 2)]
    [InlineData("\u20AC", 2)]
    public void Count_TypographicPunctuation_WeightedByRange(string text, int expected)
    {
        Assert.Equal(expected, XTextLength.Count(text));
    }

    [Theory]
    [InlineData("日本語", 6)]
    [InlineData("你好 world", 10)]
    [InlineData("한국어", 6)]
    public void Count_Cjk_TwoPerCharacter(string text, int expected)
    {
        Assert.Equal(expected, XTextLength.Count(text));
    }

    [Theory]
    [InlineData("😀")]
    [InlineData("👨‍👩‍👧")]
    [InlineData("👩🏽‍💻")]
    [InlineData("👍🏽")]
    [InlineData("🇮🇩")]
    [InlineData("🏴󠁧󠁢󠁳󠁣󠁴󠁿")]
    [InlineData("1️⃣")]
    [InlineData("©️")]
    [InlineData("☀️")]
    [InlineData("❤️")]
    public void Count_EmojiCluster_TwoInTotal(string emoji)
    {
        Assert.Equal(2, XTextLength.Count(emoji));
    }

    [Fact]
    public void Count_EmojiInText_TwoEach()
    {
        Assert.Equal(5 + 2 + 1 + 2, XTextLength.Count("Halo 👨‍👩‍👧 🇮🇩"));
    }

    [Fact]
    public void Count_CopyrightWithoutEmojiSelector_OrdinaryText()
    {
        Assert.Equal(1, XTextLength.Count("©"));
    }

    [Theory]
    [InlineData("https://contoh.sch.id/berita/2025/11/rapat-dinas-guru-dan-tenaga-kependidikan-semester-ganjil", 23)]
    [InlineData("http://a.id", 23)]
    [InlineData("a https://a.id b http://b.id/x?y=1&z=2", 2 + 23 + 3 + 23)]
    [InlineData("Lihat https://a.id/x.", 6 + 23 + 1)]
    [InlineData("(https://a.id/x)", 1 + 23 + 1)]
    [InlineData("https://id.wikipedia.org/wiki/Bandung_(kota)", 23)]
    [InlineData("HTTPS://A.ID 😀", 23 + 1 + 2)]
    public void Count_Urls_FixedLengthEach(string text, int expected)
    {
        Assert.Equal(expected, XTextLength.Count(text));
    }

    [Fact]
    public void Count_CustomUrlLength_Used()
    {
        Assert.Equal(2 + 10 + 3 + 10, XTextLength.Count("a https://a.id b http://b.id", urlLength: 10));
    }

    [Fact]
    public void Count_ExactlyLimit_280()
    {
        Assert.Equal(280, XTextLength.Count(new string('a', 235) + " https://contoh.sch.id/" + new string('b', 200) + " " + string.Concat(Enumerable.Repeat("日", 10))));
        Assert.Equal(280, XTextLength.Count(string.Concat(Enumerable.Repeat("👨‍👩‍👧", 140))));
    }

    [Fact]
    public void Count_OneOverLimit_281()
    {
        Assert.Equal(281, XTextLength.Count(new string('a', 236) + " https://contoh.sch.id/" + new string('b', 200) + " " + string.Concat(Enumerable.Repeat("日", 10))));
        Assert.Equal(281, XTextLength.Count(string.Concat(Enumerable.Repeat("👨‍👩‍👧", 140)) + "."));
    }
}
