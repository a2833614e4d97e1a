using SopPublikasi.Module.LayananInformasi;

namespace SopPublikasi.Module.Tests.LayananInformasi;

public class KodeLacakTests
{
    [Fact]
    public void New_IsXxxxDashXxxxFromTheUnambiguousAlphabet()
    {
        var kode = KodeLacak.New();

        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}$", kode);
        Assert.DoesNotContain(kode.Replace("-", string.Empty, StringComparison.Ordinal), c => c is 'O' or '0' or 'I' or '1' or 'L');
    }

    [Fact]
    public void Matches_CaseAndDashDoNotMatter_AnotherCodeDoesNot()
    {
        var kode = KodeLacak.New();
        var hash = KodeLacak.Hash(kode);

        Assert.Equal(64, hash.Length);
        Assert.True(KodeLacak.Matches(kode, hash));
        Assert.True(KodeLacak.Matches(kode.ToLowerInvariant().Replace("-", string.Empty, StringComparison.Ordinal), hash));
        Assert.False(KodeLacak.Matches(kode[..8] + (kode[8] == 'A' ? "B" : "A"), hash));
        Assert.False(KodeLacak.Matches(null, hash));
        Assert.False(KodeLacak.Matches("", hash));
    }
}
