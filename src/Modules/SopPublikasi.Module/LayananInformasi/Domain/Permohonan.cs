namespace SopPublikasi.Module.LayananInformasi.Domain;

/// <summary>
/// A request for public information (permohonan informasi publik, UU 14/2008 Pasal 21-22). The personal data
/// (<see cref="NomorIdentitas"/>, <see cref="Alamat"/>, <see cref="Telepon"/>, <see cref="Email"/>, the identity
/// scan) is seen only by those who handle requests and is erased after the retention period
/// (<see cref="DataPribadiDihapusPada"/>); the rest stays for the register and the annual report.
/// </summary>
public sealed class Permohonan
{
    public Guid Id { get; set; }

    /// <summary>The registration number shown to the requester, from the configured pattern (unique).</summary>
    public string NomorRegister { get; set; } = string.Empty;

    /// <summary>The year (WIB) of receipt; with <see cref="Urutan"/> unique: the numbers run per year.</summary>
    public int Tahun { get; set; }

    /// <summary>1, 2, 3... within <see cref="Tahun"/>.</summary>
    public int Urutan { get; set; }

    /// <summary>SHA-256 (hex) of the secret tracking code; the code itself is shown once, at submission.</summary>
    public string KodeLacakHash { get; set; } = string.Empty;

    public SaluranPermohonan Saluran { get; set; }

    public JenisPemohon JenisPemohon { get; set; }

    /// <summary>The requester's name (or the legal body's); replaced by "(dihapus)" when the personal data is erased.</summary>
    public string NamaPemohon { get; set; } = string.Empty;

    /// <summary>NIK (16 digits) or the legal body's deed number; null once erased.</summary>
    public string? NomorIdentitas { get; set; }

    public string? Alamat { get; set; }

    public string? Telepon { get; set; }

    public string? Email { get; set; }

    /// <summary>The stored identity scan (a checked upload, kept outside the public media), or null.</summary>
    public string? BerkasIdentitas { get; set; }

    /// <summary>Rincian informasi yang dibutuhkan.</summary>
    public string RincianInformasi { get; set; } = string.Empty;

    /// <summary>Tujuan penggunaan informasi.</summary>
    public string TujuanPenggunaan { get; set; } = string.Empty;

    public CaraMemperoleh CaraMemperoleh { get; set; }

    /// <summary>Null when <see cref="CaraMemperoleh"/> is seeing/reading (no copy).</summary>
    public CaraMendapatkanSalinan? CaraMendapatkanSalinan { get; set; }

    public StatusPermohonan Status { get; set; }

    public DateTimeOffset DiterimaPada { get; set; }

    /// <summary>The answer's deadline: 10 working days after receipt, 7 more after the one extension.</summary>
    public DateTimeOffset BatasWaktu { get; set; }

    public DateTimeOffset? DiperpanjangPada { get; set; }

    /// <summary>The written reason of the one extension (Pasal 22 (8)).</summary>
    public string? AlasanPerpanjangan { get; set; }

    /// <summary>A draft answer prepared by staff (what <see cref="KeputusanPermohonan"/> they propose and its text).</summary>
    public KeputusanPermohonan? UsulanKeputusan { get; set; }

    public string? UsulanJawaban { get; set; }

    public KeputusanPermohonan? Keputusan { get; set; }

    /// <summary>The written answer's text to the requester.</summary>
    public string? Jawaban { get; set; }

    /// <summary>Refusal (or partial grant): the exemption ground of Pasal 17 (e.g. "Pasal 17 huruf h").</summary>
    public string? AlasanPengecualian { get; set; }

    /// <summary>Refusal: the consequence test, as for exempt material (<see cref="Materi.UjiKonsekuensi"/>), stored as JSON.</summary>
    public string? UjiKonsekuensiJson { get; set; }

    /// <summary>Not held: who holds the information, where known.</summary>
    public string? PenguasaInformasi { get; set; }

    /// <summary>The cost of copying or sending, in rupiah (information itself is free); null or 0 when none.</summary>
    public long? Biaya { get; set; }

    /// <summary>A published article or DIP item the answer points to (its public URL, site-relative), or null.</summary>
    public string? TautanInformasi { get; set; }

    public DateTimeOffset? DijawabPada { get; set; }

    /// <summary>Working days from receipt to the answer (for the register and the report), set with the answer.</summary>
    public int? LamaHariKerja { get; set; }

    /// <summary>When the one "terlambat" notice went out, so it goes once across instances.</summary>
    public DateTimeOffset? TerlambatDiberitahukanPada { get; set; }

    public DateTimeOffset? DataPribadiDihapusPada { get; set; }

    /// <summary>Optimistic concurrency: two people deciding at once, one wins, the other gets a clear message.</summary>
    public int Revisi { get; set; }

    public List<LampiranJawaban> Lampiran { get; set; } = [];

    public List<Keberatan> KeberatanList { get; set; } = [];
}

/// <summary>A file attached to the written answer (the information given), stored like the identity scan.</summary>
public sealed class LampiranJawaban
{
    public Guid Id { get; set; }

    public Guid PermohonanId { get; set; }

    public string NamaBerkas { get; set; } = string.Empty;

    public string ContentType { get; set; } = string.Empty;

    public long Ukuran { get; set; }

    /// <summary>Where the stored file is (relative to the feature's private storage).</summary>
    public string Lokasi { get; set; } = string.Empty;

    public DateTimeOffset DiunggahPada { get; set; }
}
