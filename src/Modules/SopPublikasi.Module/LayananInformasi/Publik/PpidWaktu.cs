using SopPublikasi.Module.Common;

namespace SopPublikasi.Module.LayananInformasi.Publik;

/// <summary>The desk's times as a resident reads them (WIB).</summary>
public static class PpidWaktu
{
    /// <summary>
    /// A deadline: the desk's deadlines are the end of a working day (23.59.59 WIB), read as "Senin, 21 Desember 2026
    /// (akhir hari kerja)"; any other time as <see cref="IndonesianTime.Deadline"/> says it.
    /// </summary>
    public static string Batas(DateTimeOffset value)
    {
        var local = IndonesianTime.ToWib(value);
        return local.TimeOfDay >= new TimeSpan(23, 59, 0)
            ? IndonesianTime.Date(DateOnly.FromDateTime(local.DateTime)) + " (akhir hari kerja)"
            : IndonesianTime.Deadline(value);
    }

    /// <summary>"Senin, 7 Desember 2026 pukul 09.30 WIB".</summary>
    public static string Waktu(DateTimeOffset value) => IndonesianTime.DateTime(value);
}
