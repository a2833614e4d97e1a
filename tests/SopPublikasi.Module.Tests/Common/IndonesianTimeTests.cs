using SopPublikasi.Module.Common;

namespace SopPublikasi.Module.Tests.Common;

public class IndonesianTimeTests
{
    [Fact]
    public void DateTime_UtcMoment_FormattedInWib()
    {
        var utc = new DateTimeOffset(2026, 11, 23, 2, 5, 0, TimeSpan.Zero);

        Assert.Equal("Senin, 23 November 2026 pukul 09.05 WIB", IndonesianTime.DateTime(utc));
    }

    [Fact]
    public void Date_LateEveningUtc_IsNextDayInWib()
    {
        var utc = new DateTimeOffset(2026, 11, 22, 18, 30, 0, TimeSpan.Zero);

        Assert.Equal("Senin, 23 November 2026", IndonesianTime.Date(utc));
    }

    [Theory]
    [InlineData(15 * 60, "15 menit")]
    [InlineData(90 * 60, "1 jam 30 menit")]
    [InlineData(45, "45 detik")]
    [InlineData(2 * 3600, "2 jam")]
    public void Duration_InIndonesian(int seconds, string expected) =>
        Assert.Equal(expected, IndonesianTime.Duration(TimeSpan.FromSeconds(seconds)));
}
