using SopPublikasi.Module.LayananInformasi.Publik;

namespace SopPublikasi.Module.Tests.LayananInformasi;

public sealed class PpidWaktuTests
{
    [Fact]
    public void Batas_EndOfAWorkingDay_ReadsAsThatDayEnd()
    {
        // 23.59.59 WIB on Monday 21 December 2026.
        var deadline = new DateTimeOffset(2026, 12, 21, 23, 59, 59, TimeSpan.FromHours(7));

        Assert.Equal("Senin, 21 Desember 2026 (akhir hari kerja)", PpidWaktu.Batas(deadline));
    }

    [Fact]
    public void Batas_OtherTime_ReadsWithTheHour()
    {
        var at = new DateTimeOffset(2026, 12, 21, 3, 30, 0, TimeSpan.Zero); // 10.30 WIB

        Assert.Equal("Senin, 21 Desember 2026 pukul 10.30 WIB", PpidWaktu.Batas(at));
    }
}

public sealed class PpidTautanTests
{
    [Fact]
    public void Lacak_NumberWithSlashes_GoesInTheQueryString_Escaped()
    {
        Assert.Equal("/ppid/lacak?nomor=001%2FPPID-KEC%2FXII%2F2026&kode=ABCD-2345", PpidTautan.Lacak("001/PPID-KEC/XII/2026", "ABCD-2345"));
    }
}

public sealed class SuratPemohonTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);

    private static SuratPemohon Row() => new() { Kepada = "warga@contoh.id", KodeLacak = "ABCD-2345", Status = StatusSurat.MenungguKode };

    [Fact]
    public void MarkAttemptFailed_BeforeTheLastTry_RetriedLaterWithTheAddressAndCodeKept()
    {
        var row = Row();
        row.Percobaan = 1;

        row.MarkAttemptFailed("451 try again", Now, maxAttempts: 3, TimeSpan.FromSeconds(30), jitter: 0.5);

        Assert.Equal(StatusSurat.Menunggu, row.Status);
        Assert.Equal(Now + TimeSpan.FromSeconds(30), row.BerikutnyaPada);
        Assert.Equal("warga@contoh.id", row.Kepada);
        Assert.Equal("ABCD-2345", row.KodeLacak);
    }

    [Fact]
    public void MarkAttemptFailed_LastTry_GivenUp_AddressAndCodeForgotten()
    {
        var row = Row();
        row.Percobaan = 3;

        row.MarkAttemptFailed("550 no such user", Now, maxAttempts: 3, TimeSpan.FromSeconds(30), jitter: 0.5);

        Assert.Equal(StatusSurat.Gagal, row.Status);
        Assert.Null(row.BerikutnyaPada);
        Assert.Null(row.Kepada);
        Assert.Null(row.KodeLacak);
        Assert.Equal("550 no such user", row.GalatTerakhir);
    }

    [Fact]
    public void MarkDelivered_AddressAndCodeForgotten()
    {
        var row = Row();

        row.MarkDelivered(Now);

        Assert.Equal(StatusSurat.Terkirim, row.Status);
        Assert.Equal(Now, row.TerkirimPada);
        Assert.Null(row.Kepada);
        Assert.Null(row.KodeLacak);
    }
}
