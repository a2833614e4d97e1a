using SopPublikasi.Module.Berkala;

namespace SopPublikasi.Module.Tests.Berkala;

/// <summary>How old a publication reads on the dashboard, and the dates the public list and the notices write.</summary>
public sealed class BerkalaAgeTests
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    [Theory]
    [InlineData("2026-06-01T09:05:00+07:00", "2026-12-02T09:05:00+07:00", "6 bulan 1 hari")]
    [InlineData("2026-06-01T09:05:00+07:00", "2026-12-01T09:04:00+07:00", "5 bulan 29 hari")]
    [InlineData("2026-06-01T09:05:00+07:00", "2026-12-01T09:05:00+07:00", "6 bulan")]
    [InlineData("2026-06-01T09:05:00+07:00", "2026-06-01T10:00:00+07:00", "0 hari")]
    [InlineData("2026-08-31T20:00:00+07:00", "2027-02-28T20:00:00+07:00", "6 bulan")]
    [InlineData("2025-01-15T08:00:00+07:00", "2026-03-20T08:00:00+07:00", "14 bulan 5 hari")]
    public void Age_InCalendarMonthsAndDaysOnTheWibCalendar(string since, string now, string expected) =>
        Assert.Equal(expected, BerkalaFreshness.Age(DateTimeOffset.Parse(since, System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Tanggal_IsTheWibDateInIndonesian()
    {
        // 17.30 UTC on 6 December is already 7 December in Jakarta.
        Assert.Equal("7 Desember 2026", BerkalaFreshness.Tanggal(new DateTimeOffset(2026, 12, 6, 17, 30, 0, TimeSpan.Zero)));
        Assert.Equal("1 Juni 2026", BerkalaFreshness.Tanggal(new DateTimeOffset(2026, 6, 1, 9, 5, 0, Wib)));
    }
}
