using SopPublikasi.Module.LayananInformasi.Domain;

namespace SopPublikasi.Module.LayananInformasi.Kalender;

/// <summary>
/// The national holidays and cuti bersama a new site starts with. 2026: SKB Menteri Agama, Menteri Ketenagakerjaan
/// dan Menteri PANRB Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025 (17 hari libur nasional, 8 hari cuti
/// bersama), as announced by the Kemenko PMK and listed e.g. on disdiksmg.semarangkota.go.id ("Resmi! Daftar Hari Libur
/// Nasional dan Cuti Bersama Tahun 2026 Berdasarkan SKB 3 Menteri"). No SKB for 2027 was found in the sources at hand
/// when this was written: an administrator adds 2027 on /admin/hari-libur once it is published.
/// </summary>
public static class HariLiburSeed
{
    public static IReadOnlyList<HariLibur> All { get; } =
    [
        Libur(2026, 1, 1, "Tahun Baru 2026 Masehi"),
        Libur(2026, 1, 16, "Isra Mikraj Nabi Muhammad SAW"),
        Cuti(2026, 2, 16, "Cuti bersama Tahun Baru Imlek"),
        Libur(2026, 2, 17, "Tahun Baru Imlek 2577 Kongzili"),
        Cuti(2026, 3, 18, "Cuti bersama Hari Suci Nyepi"),
        Libur(2026, 3, 19, "Hari Suci Nyepi (Tahun Baru Saka 1948)"),
        Cuti(2026, 3, 20, "Cuti bersama Idulfitri 1447 Hijriah"),
        Libur(2026, 3, 21, "Idulfitri 1447 Hijriah"),
        Libur(2026, 3, 22, "Idulfitri 1447 Hijriah"),
        Cuti(2026, 3, 23, "Cuti bersama Idulfitri 1447 Hijriah"),
        Cuti(2026, 3, 24, "Cuti bersama Idulfitri 1447 Hijriah"),
        Libur(2026, 4, 3, "Wafat Yesus Kristus"),
        Libur(2026, 4, 5, "Kebangkitan Yesus Kristus (Paskah)"),
        Libur(2026, 5, 1, "Hari Buruh Internasional"),
        Libur(2026, 5, 14, "Kenaikan Yesus Kristus"),
        Cuti(2026, 5, 15, "Cuti bersama Kenaikan Yesus Kristus"),
        Libur(2026, 5, 27, "Iduladha 1447 Hijriah"),
        Cuti(2026, 5, 28, "Cuti bersama Iduladha 1447 Hijriah"),
        Libur(2026, 5, 31, "Hari Raya Waisak 2570 BE"),
        Libur(2026, 6, 1, "Hari Lahir Pancasila"),
        Libur(2026, 6, 16, "1 Muharam Tahun Baru Islam 1448 Hijriah"),
        Libur(2026, 8, 17, "Proklamasi Kemerdekaan Republik Indonesia"),
        Libur(2026, 8, 25, "Maulid Nabi Muhammad SAW"),
        Cuti(2026, 12, 24, "Cuti bersama Kelahiran Yesus Kristus"),
        Libur(2026, 12, 25, "Kelahiran Yesus Kristus"),
    ];

    private static HariLibur Libur(int year, int month, int day, string keterangan) =>
        new() { Tanggal = new DateOnly(year, month, day), Keterangan = keterangan };

    private static HariLibur Cuti(int year, int month, int day, string keterangan) =>
        new() { Tanggal = new DateOnly(year, month, day), Keterangan = keterangan, CutiBersama = true };
}
