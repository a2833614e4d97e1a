using SopPublikasi.Module.Common;

namespace SopPublikasi.Module.Tests.Common;

public class WorkingDaysTests
{
    private static DateTimeOffset Wib(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0, IndonesianTime.WibOffset);

    [Fact]
    public void Add_OneDayFromMonday_IsTuesdaySameTime()
    {
        Assert.Equal(Wib(2026, 11, 24, 10), WorkingDays.Add(Wib(2026, 11, 23, 10), 1));
    }

    [Fact]
    public void Add_OneDayFromFriday_SkipsWeekend()
    {
        Assert.Equal(Wib(2026, 11, 30, 15), WorkingDays.Add(Wib(2026, 11, 27, 15), 1));
    }

    [Fact]
    public void Add_OneDayFromSaturday_CountsFromMondayMorning()
    {
        Assert.Equal(Wib(2026, 12, 1, 0), WorkingDays.Add(Wib(2026, 11, 28, 10), 1));
    }

    [Fact]
    public void Add_FridayEveningUtcThatIsSaturdayInWib_TreatedAsWeekend()
    {
        var fridayUtcSaturdayWib = new DateTimeOffset(2026, 11, 27, 18, 0, 0, TimeSpan.Zero);

        Assert.Equal(Wib(2026, 12, 1, 0), WorkingDays.Add(fridayUtcSaturdayWib, 1));
    }

    [Fact]
    public void Add_Negative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkingDays.Add(Wib(2026, 11, 23, 10), -1));
    }
}
