namespace SopPublikasi.Module.Materi;

/// <summary>
/// The Lembar Disposisi of SOP step 1: the PPID Pembantu's instruction to make publication material about an
/// activity. Its fields keep the Indonesian names of the official form (tata naskah dinas, Permendagri 1/2023).
/// </summary>
public sealed class LembarDisposisi
{
    public Guid Id { get; set; }

    public string NomorAgenda { get; set; } = string.Empty;

    public DateOnly TanggalDiterima { get; set; }

    public string AsalSurat { get; set; } = string.Empty;

    public string? NomorSurat { get; set; }

    public DateOnly? TanggalSurat { get; set; }

    public string Perihal { get; set; } = string.Empty;

    public Urgency Urgency { get; set; }

    public SecurityClass SecurityClass { get; set; }

    /// <summary>Ticked instructions (isi disposisi), from the configurable checklist.</summary>
    public List<string> Instruksi { get; set; } = [];

    public string? Catatan { get; set; }

    public DateOnly? BatasWaktu { get; set; }

    public string DiteruskanKepada { get; set; } = string.Empty;

    public DateOnly TanggalDisposisi { get; set; }

    /// <summary>The official who gives the disposisi (paraf).</summary>
    public string GiverId { get; set; } = string.Empty;

    public string GiverName { get; set; } = string.Empty;

    /// <summary>Agenda number of the incoming letter in the Surat Masuk register, if any.</summary>
    public string? NomorSuratMasuk { get; set; }

    /// <summary>Naskah number in SRIKANDI, the national e-office system: a reference, no integration.</summary>
    public string? NomorNaskahSrikandi { get; set; }

    /// <summary>The scanned letter (PDF), if uploaded.</summary>
    public Guid? ScanId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
