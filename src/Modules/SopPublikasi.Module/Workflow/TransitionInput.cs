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
}
