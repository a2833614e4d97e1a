using SopPublikasi.Module.Common;

namespace SopPublikasi.Module.Tests.Common;

/// <summary>Deadlines read as people say them: a due at 00.00 WIB is the end of the working day before it.</summary>
public class IndonesianDeadlineTests
{
    private static DateTimeOffset Wib(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, 0, IndonesianTime.WibOffset);

    [Fact]
    public void Deadline_TuesdayMidnight_IsTheEndOfMonday()
    {
        Assert.Equal("Senin, 7 Desember 2026 (akhir hari kerja)", IndonesianTime.Deadline(Wib(2026, 12, 8, 0, 0)));
    }

    [Fact]
    public void Deadline_MidnightGivenInUtc_IsReadInWib()
    {
        // 17.00 UTC on Monday is Tuesday 00.00 WIB.
        Assert.Equal("Senin, 7 Desember 2026 (akhir hari kerja)", IndonesianTime.Deadline(new DateTimeOffset(2026, 12, 7, 17, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Deadline_MondayMidnight_IsTheEndOfFriday()
    {
        Assert.Equal("Jumat, 4 Desember 2026 (akhir hari kerja)", IndonesianTime.Deadline(Wib(2026, 12, 7, 0, 0)));
    }

    [Fact]
    public void Deadline_DuringTheDay_KeepsItsTime()
    {
        Assert.Equal("Selasa, 8 Desember 2026 pukul 14.30 WIB", IndonesianTime.Deadline(Wib(2026, 12, 8, 14, 30)));
    }

    [Fact]
    public void Deadline_OneMinuteAfterMidnight_IsThatDay()
    {
        Assert.Equal("Selasa, 8 Desember 2026 pukul 00.01 WIB", IndonesianTime.Deadline(Wib(2026, 12, 8, 0, 1)));
    }

    [Fact]
    public void Deadline_FromAWeekendStart_ReadsAsTheEndOfTheWorkingDay()
    {
        // Entered on Saturday: counted from Monday 00.00, one working day is due Tuesday 00.00, the end of Monday.
        var due = WorkingDays.Add(Wib(2026, 12, 5, 10, 0), 1);

        Assert.Equal("Senin, 7 Desember 2026 (akhir hari kerja)", IndonesianTime.Deadline(due));
    }
}
