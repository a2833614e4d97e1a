using System.ComponentModel.DataAnnotations;

namespace SopPublikasi.Module.Materi;

/// <summary>A draft as submitted by its editor (admin form and API).</summary>
public sealed class DraftInput
{
    [Required(ErrorMessage = "Judul wajib diisi.")]
    [StringLength(200, MinimumLength = 5, ErrorMessage = "Judul 5 sampai 200 karakter.")]
    public string? Judul { get; set; }

    [StringLength(Common.SlugGenerator.MaxLength, ErrorMessage = "Alamat (slug) terlalu panjang.")]
    [Display(Name = "Alamat (slug)")]
    public string? Slug { get; set; }

    [Required(ErrorMessage = "Ringkasan wajib diisi.")]
    [StringLength(1000, ErrorMessage = "Ringkasan paling panjang 1.000 karakter.")]
    public string? Ringkasan { get; set; }

    [Required(ErrorMessage = "Isi materi wajib diisi.")]
    [StringLength(200_000, ErrorMessage = "Isi materi terlalu panjang.")]
    public string? Isi { get; set; }

    [Required(ErrorMessage = "Pilih kategori.")]
    public int? KategoriId { get; set; }

    [Display(Name = "Tanggal kegiatan")]
    public DateOnly? TanggalKegiatan { get; set; }

    [StringLength(200, ErrorMessage = "Lokasi kegiatan paling panjang 200 karakter.")]
    [Display(Name = "Lokasi kegiatan")]
    public string? LokasiKegiatan { get; set; }

    [StringLength(500, ErrorMessage = "Teks alternatif paling panjang 500 karakter.")]
    [Display(Name = "Teks alternatif foto sampul")]
    public string? FotoSampulAlt { get; set; }

    public bool HapusFotoSampul { get; set; }

    /// <summary>Attachments of the previous version to keep; the others are left out of the new version.</summary>
    public List<Guid> LampiranDipertahankan { get; set; } = [];

    /// <summary>Tags; each is trimmed and lower-cased, at most 10 of at most 40 characters.</summary>
    public List<string> Tag { get; set; } = [];

    /// <summary>API: an image uploaded with POST /api/v1/media to become the cover.</summary>
    public Guid? FotoSampulId { get; set; }

    /// <summary>API: documents uploaded with POST /api/v1/media to attach.</summary>
    public List<Guid> LampiranBaruIds { get; set; } = [];

    /// <summary>
    /// The "Ralat" note of a revision of a published article that changes its substance: shown on the public article
    /// with the date the revision goes live. Checked by the aggregate (only on a revision of a live article, at most
    /// <see cref="MateriRalat.MaxLength"/> characters), so that a refusal is a field error of the SOP (422).
    /// </summary>
    [Display(Name = "Catatan ralat")]
    public string? CatatanRalat { get; set; }

    /// <summary>The version the editor started from (optimistic concurrency).</summary>
    public int VersiDasar { get; set; }
}
