using SopPublikasi.Module.CrossPosting.Composition;

namespace SopPublikasi.Module.Tests.CrossPosting;

public class HashtagsTests
{
    [Fact]
    public void Normalize_FreeTags_ValidHashtags()
    {
        var tags = Hashtags.Normalize(["sekolah", "#Hari Guru", "SMA-Negeri 1", "kurikulum_merdeka", "pendidikan!", "Jawa Barat"]);

        Assert.Equal(["#sekolah", "#HariGuru", "#SMANegeri1", "#kurikulum_merdeka", "#pendidikan", "#JawaBarat"], tags);
    }

    [Fact]
    public void Normalize_EmptyDigitsOnlyAndRepeats_Dropped()
    {
        var tags = Hashtags.Normalize(["", "  ", "#", "2025", "Sekolah", "sekolah", "#SEKOLAH", "café", "cafe\u0301"]);

        Assert.Equal(["#Sekolah", "#café"], tags);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("#satu #dua", 2)]
    [InlineData("kata#bukan https://a.id/#bukan &#39; #123", 0)]
    [InlineData("(#ya) #ya_juga, #日本", 3)]
    public void CountIn_Text_OnlyRealHashtags(string text, int expected)
    {
        Assert.Equal(expected, Hashtags.CountIn(text));
    }
}
