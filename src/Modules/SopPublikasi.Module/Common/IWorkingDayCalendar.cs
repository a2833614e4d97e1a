namespace SopPublikasi.Module.Common;

/// <summary>
/// Working days in WIB: Monday to Friday minus the national holidays and cuti bersama an administrator keeps as data
/// (the legal clocks of the PPID desk count in these days).
/// </summary>
public interface IWorkingDayCalendar
{
    /// <summary>
    /// The end of the <paramref name="days"/>-th working day after the one <paramref name="start"/> falls in (a start on
    /// a day off counts from the next working day): the deadline is that day's end, 23.59.59 WIB, as an instant.
    /// </summary>
    Task<DateTimeOffset> DeadlineAsync(DateTimeOffset start, int days, CancellationToken ct);

    /// <summary>Working days from the day after <paramref name="from"/> up to and including the day of <paramref name="to"/> (0 on the same day).</summary>
    Task<int> CountAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct);

    /// <summary>Whether the WIB date is a working day.</summary>
    Task<bool> IsWorkingDayAsync(DateOnly date, CancellationToken ct);
}
