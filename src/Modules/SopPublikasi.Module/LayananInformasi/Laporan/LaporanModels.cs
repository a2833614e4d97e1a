namespace SopPublikasi.Module.LayananInformasi.Laporan;

/// <summary>
/// The annual Laporan Layanan Informasi Publik (Perki 1/2021): requests received in the year (WIB), their answers, the
/// time to answer in working days, refusals by exemption ground, objections by ground and outcome, disputes, and the
/// month-by-month summary for the PPID Utama. No personal data.
/// </summary>
/// <param name="Diterima">Requests received in the year.</param>
/// <param name="MasihProses">Not answered yet.</param>
/// <param name="RataRataHariKerja">Average working days from receipt to answer, one decimal; null when none was answered.</param>
/// <param name="TerlamaHariKerja">The longest time to answer, in working days.</param>
/// <param name="DijawabTerlambat">Answered after the deadline.</param>
/// <param name="PenolakanPerAlasan">Refusals (whole or in part) by the Pasal 17 ground given.</param>
public sealed record LaporanTahunan(
    int Tahun,
    int Diterima,
    int Dijawab,
    int Dikabulkan,
    int DikabulkanSebagian,
    int Ditolak,
    int TidakDikuasai,
    int MasihProses,
    double? RataRataHariKerja,
    int? TerlamaHariKerja,
    int Diperpanjang,
    int DijawabTerlambat,
    IReadOnlyList<JumlahPerAlasan> PenolakanPerAlasan,
    LaporanKeberatan Keberatan,
    int Sengketa,
    IReadOnlyList<LaporanBulanan> Bulanan);

/// <param name="Alasan">The ground's code ("Pasal 17 huruf h", or "a"-"g" of Pasal 35 for objections).</param>
/// <param name="Keterangan">What the ground says.</param>
public sealed record JumlahPerAlasan(string Alasan, string Keterangan, int Jumlah);

/// <summary>Objections filed in the year and how the atasan PPID answered them.</summary>
/// <param name="Dikabulkan">"Keberatan diterima": the objection was upheld.</param>
/// <param name="Ditolak">"Keberatan ditolak": the PPID's answer stands.</param>
/// <param name="MenungguTanggapan">Not answered yet.</param>
public sealed record LaporanKeberatan(int Diajukan, int Dikabulkan, int Ditolak, int MenungguTanggapan, int DitanggapiTerlambat, IReadOnlyList<JumlahPerAlasan> PerAlasan);

/// <summary>One month (of receipt) of the year.</summary>
public sealed record LaporanBulanan(
    int Bulan, string NamaBulan, int Diterima, int Dikabulkan, int DikabulkanSebagian, int Ditolak, int TidakDikuasai, int MasihProses,
    double? RataRataHariKerja, int Keberatan);

/// <summary>The public page's and /ppid's short figures for a year.</summary>
public sealed record StatistikLayanan(int Tahun, int Diterima, int Dijawab, double? RataRataHariKerja, int Keberatan);

/// <summary>A line of the register sheet: no NIK, address or contact.</summary>
public sealed record BarisRegister(
    string Nomor, DateTimeOffset DiterimaPada, string Saluran, string JenisPemohon, string Nama, string RincianInformasi, string Status,
    string? Keputusan, DateTimeOffset BatasWaktu, DateTimeOffset? DijawabPada, int? LamaHariKerja, bool Diperpanjang, string? AlasanPengecualian,
    int Keberatan);
