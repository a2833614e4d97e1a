using SopPublikasi.Module.Common;

namespace SopPublikasi.Module.Tests.Common;

public sealed class DurasiTests
{
    [Theory]
    [InlineData(0, 0, 0, 30, "kurang dari 1 menit")]
    [InlineData(0, 0, 45, 0, "45 menit")]
    [InlineData(0, 2, 0, 0, "2 jam")]
    [InlineData(1, 3, 20, 0, "1 hari 3 jam")]
    public void Format_Durations_TwoLargestUnitsInIndonesian(int days, int hours, int minutes, int seconds, string expected)
    {
        Assert.Equal(expected, Durasi.Format(new TimeSpan(days, hours, minutes, seconds)));
    }
}
