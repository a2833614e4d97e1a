using System.Globalization;
using System.Text.RegularExpressions;

namespace SopPublikasi.Module.LayananInformasi;

/// <summary>
/// A register number from its configured pattern: {urut[:format]} (the number within the year, e.g. {urut:000} gives
/// 007), {bulan} (01-12), {bulanRomawi} (I-XII), {tahun} (2026). The month and year are of receipt, in WIB.
/// </summary>
public static partial class NomorPola
{
    private static readonly string[] Romawi = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

    public static string Format(string pattern, int urut, int tahun, int bulan)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return Placeholder().Replace(pattern, m => m.Groups["name"].Value switch
        {
            "urut" => urut.ToString(m.Groups["format"].Success ? m.Groups["format"].Value : "0", CultureInfo.InvariantCulture),
            "bulan" => bulan.ToString("00", CultureInfo.InvariantCulture),
            "bulanRomawi" => Romawi[bulan - 1],
            "tahun" => tahun.ToString(CultureInfo.InvariantCulture),
            _ => m.Value,
        });
    }

    /// <summary>What is wrong with a pattern (for the start-up check), or null when it is usable.</summary>
    public static string? Check(string? pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern))
        {
            return "pola nomor kosong.";
        }

        var names = Placeholder().Matches(pattern).Select(m => m.Groups["name"].Value).ToList();
        if (!names.Contains("urut") || !names.Contains("tahun"))
        {
            return $"pola \"{pattern}\" harus memuat {{urut}} dan {{tahun}}.";
        }

        var unknown = names.FirstOrDefault(n => n is not ("urut" or "bulan" or "bulanRomawi" or "tahun"));
        if (unknown is not null)
        {
            return $"pola \"{pattern}\" memuat {{{unknown}}} yang tidak dikenal (yang dikenal: urut, bulan, bulanRomawi, tahun).";
        }

        if (Placeholder().Matches(pattern).Any(m => m.Groups["name"].Value != "urut" && m.Groups["format"].Success))
        {
            return $"pola \"{pattern}\": hanya {{urut}} yang boleh diberi format.";
        }

        try
        {
            // Two numbers must never read alike, or the register would hold one number twice.
            var first = Format(pattern, 1, 2026, 1);
            var second = Format(pattern, 2, 2026, 1);
            if (first == second)
            {
                return $"format {{urut}} pada pola \"{pattern}\" tidak menampilkan nomor urut.";
            }

            return Format(pattern, 1, 2026, 1).Length > 100 ? $"pola \"{pattern}\" menghasilkan nomor lebih dari 100 karakter." : null;
        }
        catch (FormatException)
        {
            return $"format {{urut}} pada pola \"{pattern}\" tidak valid.";
        }
    }

    [GeneratedRegex(@"\{(?<name>[A-Za-z]+)(?::(?<format>[^{}]+))?\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
