using System.ComponentModel.DataAnnotations;
using SopPublikasi.Module.Materi;

namespace SopPublikasi.Module.Disposisi;

/// <summary>The Lembar Disposisi as filled in by the PPID Pembantu (admin form and API).</summary>
public sealed class DisposisiInput
{
    [Required(ErrorMessage = "Nomor agenda wajib diisi.")]
    [StringLength(50, ErrorMessage = "Nomor agenda paling panjang 50 karakter.")]
    [Display(Name = "Nomor agenda")]
    public string? NomorAgenda { get; set; }

    [Required(ErrorMessage = "Tanggal diterima wajib diisi.")]
    [Display(Name = "Tanggal diterima")]
    public DateOnly? TanggalDiterima { get; set; }

    [Required(ErrorMessage = "Asal surat wajib diisi.")]
    [StringLength(200, ErrorMessage = "Asal surat paling panjang 200 karakter.")]
    [Display(Name = "Asal surat / dari")]
    public string? AsalSurat { get; set; }

    [StringLength(100, ErrorMessage = "Nomor surat paling panjang 100 karakter.")]
    [Display(Name = "Nomor surat")]
    public string? NomorSurat { get; set; }

    [Display(Name = "Tanggal surat")]
    public DateOnly? TanggalSurat { get; set; }

    [Required(ErrorMessage = "Perihal wajib diisi.")]
    [StringLength(500, ErrorMessage = "Perihal paling panjang 500 karakter.")]
    public string? Perihal { get; set; }

    [EnumDataType(typeof(Urgency), ErrorMessage = "Sifat (kecepatan) tidak dikenal.")]
    [Display(Name = "Sifat")]
    public Urgency Urgency { get; set; }

    [EnumDataType(typeof(SecurityClass), ErrorMessage = "Klasifikasi keamanan tidak dikenal.")]
    [Display(Name = "Klasifikasi keamanan")]
    public SecurityClass SecurityClass { get; set; }

    [Display(Name = "Isi disposisi")]
    public List<string> Instruksi { get; set; } = [];

    [StringLength(2000, ErrorMessage = "Catatan paling panjang 2.000 karakter.")]
    public string? Catatan { get; set; }

    [Display(Name = "Batas waktu")]
    public DateOnly? BatasWaktu { get; set; }

    [Required(ErrorMessage = "Isi kepada siapa disposisi diteruskan.")]
    [StringLength(200, ErrorMessage = "Diteruskan kepada paling panjang 200 karakter.")]
    [Display(Name = "Diteruskan kepada")]
    public string? DiteruskanKepada { get; set; } = "Sekretaris Kecamatan";

    [Display(Name = "Tanggal disposisi")]
    public DateOnly? TanggalDisposisi { get; set; }

    [StringLength(50, ErrorMessage = "Nomor agenda surat masuk paling panjang 50 karakter.")]
    [Display(Name = "Nomor agenda Surat Masuk")]
    public string? NomorSuratMasuk { get; set; }

    /// <summary>API: a PDF uploaded with POST /api/v1/media, the scanned letter.</summary>
    public Guid? PindaianId { get; set; }

    [StringLength(100, ErrorMessage = "Nomor naskah SRIKANDI paling panjang 100 karakter.")]
    [Display(Name = "Nomor naskah SRIKANDI")]
    public string? NomorNaskahSrikandi { get; set; }
}
