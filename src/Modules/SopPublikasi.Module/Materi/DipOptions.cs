using System.ComponentModel.DataAnnotations;

namespace SopPublikasi.Module.Materi;

/// <summary>"Dip" section: the defaults the verifier starts from when classifying (each can be changed per item).</summary>
public sealed class DipOptions
{
    public const string Section = "Dip";

    [Required]
    [StringLength(200)]
    public string UnitPenguasa { get; set; } = "Sekretariat Kecamatan";

    [Required]
    [StringLength(200)]
    public string PenanggungJawab { get; set; } = "PPID Pembantu Kecamatan";

    [Required]
    [StringLength(200)]
    public string TempatPembuatan { get; set; } = "Kantor Kecamatan";

    [Required]
    [StringLength(100)]
    public string Bentuk { get; set; } = "Elektronik";

    [Required]
    [StringLength(100)]
    public string Retensi { get; set; } = "5 tahun";
}
