using SopPublikasi.Module.Common;
using SopPublikasi.Module.LayananInformasi.Kalender;

namespace SopPublikasi.Module.Tests.LayananInformasi;

/// <summary>The legal clocks' days with fake holidays: weekends and holidays do not count, a deadline ends at 23.59.59 WIB.</summary>
public class WorkingDayCalendarTests
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    // A made-up holiday on Wednesday 9 December 2026 and a cuti bersama on Thursday 10 December.
    private static readonly WorkingDayCalendar Calendar = new(new FakeHolidays(new DateOnly(2026, 12, 9), new DateOnly(2026, 12, 10)));

    private sealed class FakeHolidays(params DateOnly[] dates) : IHariLiburSource
    {
        public Task<IReadOnlySet<DateOnly>> GetAsync(CancellationToken ct) => Task.FromResult<IReadOnlySet<DateOnly>>(dates.ToHashSet());
    }

    [Fact]
    public async Task DeadlineAsync_TenDaysFromMonday_SkipsTheWeekendAndBothHolidays()
    {
        // Monday 7 December 2026, 10.00 WIB: days 1-10 are 8, 11, 14, 15, 16, 17, 18, 21, 22, 23 December.
        var deadline = await Calendar.DeadlineAsync(new DateTimeOffset(2026, 12, 7, 10, 0, 0, Wib), 10, default);

        Assert.Equal(new DateTimeOffset(2026, 12, 23, 23, 59, 59, Wib), deadline);
    }

    [Fact]
    public async Task DeadlineAsync_ReceivedOnSaturday_CountsFromMonday()
    {
        var saturday = await Calendar.DeadlineAsync(new DateTimeOffset(2026, 12, 5, 9, 0, 0, Wib), 10, default);
        var monday = await Calendar.DeadlineAsync(new DateTimeOffset(2026, 12, 7, 8, 0, 0, Wib), 10, default);

        Assert.Equal(monday, saturday);
    }

    [Fact]
    public async Task DeadlineAsync_ReceivedOnAHoliday_CountsFromTheNextWorkingDay()
    {
        // Received on the holiday (Wednesday 9th): counts as received on Friday 11th; 10 days later is Friday 25th.
        var deadline = await Calendar.DeadlineAsync(new DateTimeOffset(2026, 12, 9, 13, 0, 0, Wib), 10, default);

        Assert.Equal(new DateTimeOffset(2026, 12, 25, 23, 59, 59, Wib), deadline);
    }

    [Fact]
    public async Task DeadlineAsync_LateEveningUtcIsTheNextWibDay()
    {
        // 17.30 UTC on Sunday 6 December is 00.30 WIB on Monday 7th: a working day, counted from there.
        var deadline = await Calendar.DeadlineAsync(new DateTimeOffset(2026, 12, 6, 17, 30, 0, TimeSpan.Zero), 1, default);

        Assert.Equal(new DateTimeOffset(2026, 12, 8, 23, 59, 59, Wib), deadline);
    }

    [Fact]
    public async Task DeadlineAsync_SevenMoreFromADeadline_AddsWorkingDaysAfterIt()
    {
        var first = new DateTimeOffset(2026, 12, 8, 23, 59, 59, Wib);

        var extended = await Calendar.DeadlineAsync(first, 7, default);

        // 11, 14, 15, 16, 17, 18, 21 December.
        Assert.Equal(new DateTimeOffset(2026, 12, 21, 23, 59, 59, Wib), extended);
    }

    [Fact]
    public async Task CountAsync_AcrossWeekendAndHolidays_CountsOnlyWorkingDays()
    {
        var from = new DateTimeOffset(2026, 12, 7, 10, 0, 0, Wib);

        Assert.Equal(0, await Calendar.CountAsync(from, from.AddHours(5), default));
        Assert.Equal(1, await Calendar.CountAsync(from, new DateTimeOffset(2026, 12, 10, 12, 0, 0, Wib), default));
        Assert.Equal(3, await Calendar.CountAsync(from, new DateTimeOffset(2026, 12, 14, 8, 0, 0, Wib), default));
    }

    [Theory]
    [InlineData(2026, 12, 8, true)]
    [InlineData(2026, 12, 9, false)]
    [InlineData(2026, 12, 10, false)]
    [InlineData(2026, 12, 12, false)]
    [InlineData(2026, 12, 13, false)]
    public async Task IsWorkingDayAsync_WeekdaysOnlyWhenNotHolidays(int year, int month, int day, bool expected)
    {
        Assert.Equal(expected, await Calendar.IsWorkingDayAsync(new DateOnly(year, month, day), default));
    }
}
