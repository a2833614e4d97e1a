namespace SopPublikasi.Module.Common;

/// <summary>Working-day arithmetic in WIB: Monday to Friday count, weekends do not.</summary>
public static class WorkingDays
{
    /// <summary>
    /// The moment <paramref name="days"/> working days after <paramref name="start"/>, at the same time of day.
    /// A start on a weekend counts from the following Monday 00.00 WIB.
    /// </summary>
    public static DateTimeOffset Add(DateTimeOffset start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var local = IndonesianTime.ToWib(start);
        while (IsWeekend(local))
        {
            local = new DateTimeOffset(local.Date.AddDays(1), IndonesianTime.WibOffset);
        }

        for (var left = days; left > 0;)
        {
            local = local.AddDays(1);
            if (!IsWeekend(local))
            {
                left--;
            }
        }

        return local.ToUniversalTime();
    }

    private static bool IsWeekend(DateTimeOffset local) => local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
