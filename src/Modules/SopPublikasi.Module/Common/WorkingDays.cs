namespace SopPublikasi.Module.Common;

/// <summary>Working-day arithmetic in WIB: Monday to Friday count, weekends and the given days off do not.</summary>
public static class WorkingDays
{
    /// <summary>
    /// The moment <paramref name="days"/> working days after <paramref name="start"/>, at the same time of day.
    /// A start on a day off counts from the next working day's 00.00 WIB. <paramref name="daysOff"/> are the WIB dates
    /// that are not working days beyond the weekend (national holidays and cuti bersama: <see cref="IHariLiburSource"/>).
    /// </summary>
    public static DateTimeOffset Add(DateTimeOffset start, int days, IReadOnlySet<DateOnly>? daysOff = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var local = IndonesianTime.ToWib(start);
        while (IsOff(local, daysOff))
        {
            local = new DateTimeOffset(local.Date.AddDays(1), IndonesianTime.WibOffset);
        }

        for (var left = days; left > 0;)
        {
            local = local.AddDays(1);
            if (!IsOff(local, daysOff))
            {
                left--;
            }
        }

        return local.ToUniversalTime();
    }

    private static bool IsOff(DateTimeOffset local, IReadOnlySet<DateOnly>? daysOff) =>
        local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || daysOff?.Contains(DateOnly.FromDateTime(local.DateTime)) == true;
}
