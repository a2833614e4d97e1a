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
}
