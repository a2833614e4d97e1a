using SopPublikasi.Module.Common;

namespace SopPublikasi.Module.LayananInformasi.Kantor;

/// <summary>Where a legal clock stands, as the register and the dashboard say it.</summary>
/// <param name="Teks">"sisa 3 hari kerja", "batas hari ini", "terlambat 2 hari kerja", "dijawab dalam 4 hari kerja".</param>
/// <param name="Terlambat">Past the deadline and not answered.</param>
/// <param name="Dekat">Not answered and due within <see cref="LayananClock.NearDays"/> working days.</param>
public sealed record JamLayanan(string Teks, bool Terlambat, bool Dekat);

/// <summary>Reads a request's or an objection's clock in working days (the calendar's holidays included).</summary>
public sealed class LayananClock(IWorkingDayCalendar calendar, TimeProvider clock)
{
    /// <summary>"Near" = due within 2 working days (the contract's shared rule).</summary>
    public const int NearDays = 2;

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>The clock of something due at <paramref name="batas"/>; <paramref name="lamaHariKerja"/> once answered.</summary>
    public async Task<JamLayanan> ReadAsync(DateTimeOffset batas, bool dijawab, int? lamaHariKerja, CancellationToken ct)
    {
        if (dijawab)
        {
            return new JamLayanan(lamaHariKerja is { } lama ? $"dijawab dalam {lama} hari kerja" : "dijawab", false, false);
        }

        var now = Now;
        if (now > batas)
        {
            var late = await calendar.CountAsync(batas, now, ct);
            return new JamLayanan(late > 0 ? $"terlambat {late} hari kerja" : "lewat batas waktu", true, false);
        }

        var left = await calendar.CountAsync(now, batas, ct);
        return new JamLayanan(left == 0 ? "batas hari ini" : $"sisa {left} hari kerja", false, left <= NearDays);
    }

    /// <summary>The deadline as a date people read: "Senin, 15 Juni 2026 (akhir hari kerja)".</summary>
    public static string Batas(DateTimeOffset batas) => IndonesianTime.Date(batas) + " (akhir hari kerja)";
}
