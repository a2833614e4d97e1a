using SopPublikasi.Module.Common;

namespace SopPublikasi.Module.Tests.Common;

public class VisibleTextTests
{
    [Theory]
    [InlineData("\u200B\u200B\u200B\u200B\u200B\u200B", "")] // zero-width spaces only
    [InlineData("\u202E\u2066\uFEFF\u00AD", "")] // bidi overrides and isolates, BOM, soft hyphen
    [InlineData("  Kerja bakti\u200B \u202Ewarga  ", "Kerja bakti warga")]
    [InlineData("Baris satu\r\nbaris\tdua\u0007", "Baris satu  baris dua")]
    [InlineData("Musrenbang 2027 — Desa Ngargoyoso", "Musrenbang 2027 — Desa Ngargoyoso")]
    [InlineData(null, "")]
    [InlineData("\U0001F468\u200D\U0001F469\u200D\U0001F467 Posyandu", "\U0001F468\u200D\U0001F469\u200D\U0001F467 Posyandu")] // one family emoji, joined
    [InlineData("a\u200D\u200Db \u200Dc\u200D", "ab c")] // a joiner that joins nothing visible goes
    public void Of_DropsWhatNobodySees(string? text, string expected) => Assert.Equal(expected, VisibleText.Of(text));

    [Fact]
    public void Of_TextWithNothingInvisible_IsTheSameString()
    {
        var text = "Pengumuman jam pelayanan";
        Assert.Same(text, VisibleText.Of(text));
    }
}
