using System.ComponentModel.DataAnnotations;

namespace SopPublikasi.Module.Workflow;

/// <summary>A move as requested from the admin form or the API.</summary>
public sealed class TransitionInput
{
    [Required(ErrorMessage = "Aksi wajib dipilih.")]
    public string? Aksi { get; set; }

    [StringLength(2000, ErrorMessage = "Catatan paling panjang 2.000 karakter.")]
    public string? Catatan { get; set; }

    /// <summary>The Staf Sekretariat assigned (step 4).</summary>
    public string? PetugasId { get; set; }

    /// <summary>berkala, serta-merta, setiap-saat (step 7).</summary>
    public string? Klasifikasi { get; set; }

    [StringLength(500)]
    public string? UjiDokumen { get; set; }

    [StringLength(2000)]
    public string? UjiInformasiDikecualikan { get; set; }

    [StringLength(1000)]
    public string? UjiDasarHukum { get; set; }

    [StringLength(4000)]
    public string? UjiPertimbangan { get; set; }

    [StringLength(200)]
    public string? UjiJangkaWaktu { get; set; }

    /// <summary>DIP fields on approval; empty ones take the configured defaults (Dip section).</summary>
    [StringLength(200)]
    public string? DipUnitPenguasa { get; set; }

    [StringLength(200)]
    public string? DipPenanggungJawab { get; set; }

    [StringLength(200)]
    public string? DipTempatPembuatan { get; set; }

    [StringLength(100)]
    public string? DipBentuk { get; set; }

    [StringLength(100)]
    public string? DipRetensi { get; set; }

    /// <summary>
    /// The publication time on approval or rescheduling, ISO 8601 with its offset (e.g. 2026-12-08T09:00:00+07:00);
    /// empty on approval: published at once.
    /// </summary>
    [StringLength(40)]
    public string? Jadwal { get; set; }

    /// <summary>The publication date in WIB, from the admin's date input (with <see cref="JadwalJam"/>).</summary>
    public DateOnly? JadwalTanggal { get; set; }

    /// <summary>The publication time of day in WIB, from the admin's time input.</summary>
    public TimeOnly? JadwalJam { get; set; }
}
