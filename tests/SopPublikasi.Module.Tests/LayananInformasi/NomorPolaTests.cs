using SopPublikasi.Module.LayananInformasi;

namespace SopPublikasi.Module.Tests.LayananInformasi;

public class NomorPolaTests
{
    [Fact]
    public void Format_DefaultPatterns_GiveTheRegisterNumbers()
    {
        var o = new LayananOptions();

        Assert.Equal("007/PPID-KEC/XII/2026", NomorPola.Format(o.PolaNomorPermohonan, 7, 2026, 12));
        Assert.Equal("1234/PPID-KEC/I/2027", NomorPola.Format(o.PolaNomorPermohonan, 1234, 2027, 1));
        Assert.Equal("KEB-012/PPID-KEC/2026", NomorPola.Format(o.PolaNomorKeberatan, 12, 2026, 4));
        Assert.Equal("PPID/04/2026/5", NomorPola.Format("PPID/{bulan}/{tahun}/{urut}", 5, 2026, 4));
    }

    [Theory]
    [InlineData("{urut:000}/PPID/{tahun}", null)]
    [InlineData("{urut}/PPID", "harus memuat {urut} dan {tahun}")]
    [InlineData("PPID/{tahun}", "harus memuat {urut} dan {tahun}")]
    [InlineData("{urut}/{tahun}/{hari}", "{hari} yang tidak dikenal")]
    [InlineData("{urut:'x'}/{tahun}", "tidak menampilkan nomor urut")]
    [InlineData("{urut}/{tahun:0000}", "hanya {urut} yang boleh diberi format")]
    [InlineData(" ", "kosong")]
    public void Check_Patterns(string pattern, string? error)
    {
        var found = NomorPola.Check(pattern);
        if (error is null)
        {
            Assert.Null(found);
        }
        else
        {
            Assert.Contains(error, found, StringComparison.Ordinal);
        }
    }
}
