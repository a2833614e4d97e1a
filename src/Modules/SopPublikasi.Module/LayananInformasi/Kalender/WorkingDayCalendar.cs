using SopPublikasi.Module.Common;

namespace SopPublikasi.Module.LayananInformasi.Kalender;

/// <summary>
/// The legal clocks' days (WIB): Monday to Friday minus <see cref="IHariLiburSource"/>. A deadline is the end of its
/// day, 23.59.59 WIB; a start on a day off counts as if it came on the next working day.
/// </summary>
public sealed class WorkingDayCalendar(IHariLiburSource holidays) : IWorkingDayCalendar
{
    public static readonly TimeSpan EndOfDay = new(23, 59, 59);

    public async Task<DateTimeOffset> DeadlineAsync(DateTimeOffset start, int days, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var off = await holidays.GetAsync(ct);
        var day = DateOf(start);
        while (!IsWorking(day, off))
        {
            day = day.AddDays(1);
        }

        for (var left = days; left > 0;)
        {
            day = day.AddDays(1);
            if (IsWorking(day, off))
            {
                left--;
            }
        }

        return new DateTimeOffset(day.ToDateTime(TimeOnly.FromTimeSpan(EndOfDay)), IndonesianTime.WibOffset).ToUniversalTime(); // stored as UTC (PostgreSQL refuses another offset)
    }

    public async Task<int> CountAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var off = await holidays.GetAsync(ct);
        var (first, last) = (DateOf(from), DateOf(to));
        var count = 0;
        for (var day = first.AddDays(1); day <= last; day = day.AddDays(1))
        {
            if (IsWorking(day, off))
            {
                count++;
            }
        }

        return count;
    }

    public async Task<bool> IsWorkingDayAsync(DateOnly date, CancellationToken ct) => IsWorking(date, await holidays.GetAsync(ct));

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(IndonesianTime.ToWib(instant).DateTime);

    private static bool IsWorking(DateOnly day, IReadOnlySet<DateOnly> off) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !off.Contains(day);
}
