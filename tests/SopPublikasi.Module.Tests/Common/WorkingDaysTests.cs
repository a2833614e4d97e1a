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

    [Fact]
    public void Add_OverHolidays_SkipsThemLikeTheWeekend()
    {
        // Cuti bersama Thursday 24 and Christmas Friday 25 December 2026: Wednesday 10.00 + 1 is Monday 28 at 10.00.
        HashSet<DateOnly> off = [new(2026, 12, 24), new(2026, 12, 25)];

        Assert.Equal(Wib(2026, 12, 28, 10), WorkingDays.Add(Wib(2026, 12, 23, 10), 1, off));
        Assert.Equal(Wib(2026, 12, 24, 10), WorkingDays.Add(Wib(2026, 12, 23, 10), 1));
    }

    [Fact]
    public void Add_StartOnAHoliday_CountsFromTheNextWorkingDaysMorning()
    {
        HashSet<DateOnly> off = [new(2026, 12, 24), new(2026, 12, 25)];

        Assert.Equal(Wib(2026, 12, 29, 0), WorkingDays.Add(Wib(2026, 12, 24, 9), 1, off));
    }
}
