namespace SopPublikasi.Module.LayananInformasi.Domain;

/// <summary>
/// An objection (keberatan, UU 14/2008 Pasal 35-36) against a request's answer or its missing answer, filed within
/// 30 working days after the ground arose and answered in writing by the atasan PPID within 30 working days.
/// </summary>
public sealed class Keberatan
{
    public Guid Id { get; set; }

    public Guid PermohonanId { get; set; }

    public Permohonan? Permohonan { get; set; }

    /// <summary>Its own registration number (configured pattern, per year), unique.</summary>
    public string NomorRegister { get; set; } = string.Empty;

    public int Tahun { get; set; }

    public int Urutan { get; set; }

    /// <summary>One or more of Pasal 35 (1) a-g, stored as a list.</summary>
    public List<AlasanKeberatan> Alasan { get; set; } = [];

    /// <summary>The requester's account of the objection (kasus posisi).</summary>
    public string Uraian { get; set; } = string.Empty;

    public StatusKeberatan Status { get; set; }

    public DateTimeOffset DiterimaPada { get; set; }

    /// <summary>30 working days after receipt.</summary>
    public DateTimeOffset BatasWaktu { get; set; }

    public PutusanKeberatan? Putusan { get; set; }

    /// <summary>The atasan PPID's written answer.</summary>
    public string? Tanggapan { get; set; }

    public DateTimeOffset? DijawabPada { get; set; }

    public int? LamaHariKerja { get; set; }

    public DateTimeOffset? TerlambatDiberitahukanPada { get; set; }

    /// <summary>The requester took the dispute to the Komisi Informasi (recorded by the office; outside this system).</summary>
    public DateTimeOffset? SengketaDiajukanPada { get; set; }

    public string? CatatanSengketa { get; set; }

    public int Revisi { get; set; }
}
