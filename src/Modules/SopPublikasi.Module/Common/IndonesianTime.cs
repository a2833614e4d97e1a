using System.Globalization;

namespace SopPublikasi.Module.Common;

/// <summary>Indonesian presentation of time: id-ID names, Asia/Jakarta (WIB, UTC+7, no DST).</summary>
public static class IndonesianTime
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("id-ID");

    // WIB has had no daylight saving since 1964; a fixed offset keeps output identical on machines without tzdata.
    public static readonly TimeSpan WibOffset = TimeSpan.FromHours(7);

    public static DateTimeOffset ToWib(DateTimeOffset value) => value.ToOffset(WibOffset);

    /// <summary>
    /// The machine-readable form for a <c>&lt;time datetime&gt;</c> attribute, in WIB to the second:
    /// "2026-11-23T09:05:41+07:00". HTML allows at most three digits of a fraction of a second, which the round-trip
    /// format "O" exceeds (seven).
    /// </summary>
    public static string Attribute(DateTimeOffset value) => ToWib(value).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>"Senin, 23 November 2026".</summary>
    public static string Date(DateTimeOffset value) => ToWib(value).ToString("dddd, d MMMM yyyy", Culture);

    public static string Date(DateOnly value) => value.ToString("dddd, d MMMM yyyy", Culture);

    /// <summary>"pukul 09.05 WIB".</summary>
    public static string Time(DateTimeOffset value) => "pukul " + ToWib(value).ToString("HH.mm", Culture) + " WIB";

    /// <summary>"Senin, 23 November 2026 pukul 09.05 WIB".</summary>
    public static string DateTime(DateTimeOffset value) => Date(value) + " " + Time(value);

    /// <summary>
    /// A deadline as people say it. A due time at 00.00 WIB is the end of the working day before it: "Senin,
    /// 7 Desember 2026 (akhir hari kerja)" rather than "Selasa, 8 Desember 2026 pukul 00.00 WIB"; when the day
    /// before is a weekend, the Friday before it (a due on Monday 00.00 is the end of Friday's work, nothing is done
    /// at the weekend). Any other time reads as <see cref="DateTime(DateTimeOffset)"/>. Only the words change: the
    /// stored value is kept, and overdue is still counted from it.
    /// </summary>
    public static string Deadline(DateTimeOffset value)
    {
        var local = ToWib(value);
        if (local.TimeOfDay != TimeSpan.Zero)
        {
            return DateTime(value);
        }

        var day = DateOnly.FromDateTime(local.DateTime).AddDays(-1);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(-1);
        }

        return Date(day) + " (akhir hari kerja)";
    }

    /// <summary>"15 menit", "1 jam 30 menit", "45 detik".</summary>
    public static string Duration(TimeSpan value)
    {
        var parts = new List<string>();
        if ((int)value.TotalHours > 0)
        {
            parts.Add($"{(int)value.TotalHours} jam");
        }

        if (value.Minutes > 0)
        {
            parts.Add($"{value.Minutes} menit");
        }

        if (parts.Count == 0 || value.Seconds > 0)
        {
            parts.Add($"{Math.Max(1, value.Seconds)} detik");
        }

        return string.Join(" ", parts);
    }

    /// <summary>Today's date in WIB.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(ToWib(clock.GetUtcNow()).DateTime);
    }
}
