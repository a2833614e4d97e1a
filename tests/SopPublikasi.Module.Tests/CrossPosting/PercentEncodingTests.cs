using SopPublikasi.Module.CrossPosting.OAuth;

namespace SopPublikasi.Module.Tests.CrossPosting;

public class PercentEncodingTests
{
    [Theory]
    [InlineData(" ", "%20")]
    [InlineData("+", "%2B")]
    [InlineData("!", "%21")]
    [InlineData("*", "%2A")]
    [InlineData("'", "%27")]
    [InlineData("(", "%28")]
    [InlineData(")", "%29")]
    [InlineData("Ladies + Gentlemen", "Ladies%20%2B%20Gentlemen")]
    [InlineData("a=b&c/d?e#f%", "a%3Db%26c%2Fd%3Fe%23f%25")]
    public void Encode_ReservedCharacters_UpperCaseHex(string value, string expected)
    {
        Assert.Equal(expected, PercentEncoding.Encode(value));
    }

    [Theory]
    [InlineData("é", "%C3%A9")]
    [InlineData("Ñ", "%C3%91")]
    [InlineData("☃", "%E2%98%83")]
    [InlineData("😀", "%F0%9F%98%80")]
    public void Encode_NonAscii_Utf8Bytes(string value, string expected)
    {
        Assert.Equal(expected, PercentEncoding.Encode(value));
    }

    [Fact]
    public void Encode_Unreserved_Untouched()
    {
        const string Unreserved = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

        Assert.Equal(Unreserved, PercentEncoding.Encode(Unreserved));
    }

    [Theory]
    [InlineData("Hello Ladies + Gentlemen, a signed OAuth request!")]
    [InlineData("Berita: Sekolah ✓ 100% (resmi) — \"baru\" 'ok' *penting* ~ 😀")]
    public void Encode_AnyText_SameAsEscapeDataString(string value)
    {
        Assert.Equal(Uri.EscapeDataString(value), PercentEncoding.Encode(value));
    }

    [Theory]
    [InlineData("a+b", "a b")]
    [InlineData("a%2Bb", "a+b")]
    [InlineData("%C3%A9t%C3%A9", "été")]
    public void DecodeFormComponent_PlusAndPercent_Decoded(string value, string expected)
    {
        Assert.Equal(expected, PercentEncoding.DecodeFormComponent(value));
    }
}
