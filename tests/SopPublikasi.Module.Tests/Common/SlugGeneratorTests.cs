using SopPublikasi.Module.Common;

namespace SopPublikasi.Module.Tests.Common;

public class SlugGeneratorTests
{
    [Theory]
    [InlineData("Musrenbang Kecamatan Tahun 2027", "musrenbang-kecamatan-tahun-2027")]
    [InlineData("  Kerja Bakti: Bersih-bersih  Sungai!! ", "kerja-bakti-bersih-bersih-sungai")]
    [InlineData("Café & Résumé", "cafe-resume")]
    [InlineData("!!!", "materi")]
    public void Create_Title_ReadableAsciiSlug(string title, string expected)
    {
        var slug = SlugGenerator.Create(title);

        Assert.Equal(expected, slug);
        Assert.True(SlugGenerator.IsValid(slug));
    }

    [Fact]
    public void Create_VeryLongTitle_CappedWithoutTrailingDash()
    {
        var slug = SlugGenerator.Create(string.Join(' ', Enumerable.Repeat("pembangunan", 20)));

        Assert.True(slug.Length <= SlugGenerator.MaxLength);
        Assert.True(SlugGenerator.IsValid(slug));
    }

    [Theory]
    [InlineData("Huruf-Besar")]
    [InlineData("dua--strip")]
    [InlineData("-awal")]
    [InlineData("spasi di tengah")]
    [InlineData("../etc/passwd")]
    [InlineData("")]
    public void IsValid_BadSlug_False(string slug) => Assert.False(SlugGenerator.IsValid(slug));
}
