using System.ComponentModel.DataAnnotations;
using SopPublikasi.Module.LayananInformasi.Domain;

namespace SopPublikasi.Module.LayananInformasi.Publik;

/// <summary>
/// The request form's fields as typed (shown again unchanged when something needs fixing). Only what must be there
/// is checked here, with the message beside the field; the desk checks the rest (NIK, e-mail, the scan's type) and
/// its messages land beside the same fields.
/// </summary>
public sealed class PermohonanForm
{
    [Required(ErrorMessage = "Pilih jenis pemohon.")]
    public JenisPemohon? JenisPemohon { get; set; }

    [Required(ErrorMessage = "Isi nama lengkap (atau nama badan hukum).")]
    [StringLength(200, ErrorMessage = "Nama paling panjang 200 karakter.")]
    public string? NamaPemohon { get; set; }

    [Required(ErrorMessage = "Isi NIK (16 angka) atau nomor akta pendirian badan hukum.")]
    [StringLength(100, ErrorMessage = "Nomor identitas paling panjang 100 karakter.")]
    public string? NomorIdentitas { get; set; }

    [Required(ErrorMessage = "Isi alamat.")]
    [StringLength(500, ErrorMessage = "Alamat paling panjang 500 karakter.")]
    public string? Alamat { get; set; }

    [StringLength(30, ErrorMessage = "Nomor telepon paling panjang 30 karakter.")]
    public string? Telepon { get; set; }

    [StringLength(256, ErrorMessage = "Alamat e-mail paling panjang 256 karakter.")]
    [EmailAddress(ErrorMessage = "Alamat e-mail tidak valid (contoh: nama@contoh.id).")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Tuliskan informasi yang Anda butuhkan.")]
    [StringLength(4000, ErrorMessage = "Rincian informasi paling panjang 4.000 karakter.")]
    public string? RincianInformasi { get; set; }

    [Required(ErrorMessage = "Tuliskan tujuan penggunaan informasi.")]
    [StringLength(2000, ErrorMessage = "Tujuan penggunaan paling panjang 2.000 karakter.")]
    public string? TujuanPenggunaan { get; set; }

    [Required(ErrorMessage = "Pilih cara memperoleh informasi.")]
    public CaraMemperoleh? CaraMemperoleh { get; set; }

    public CaraMendapatkanSalinan? CaraMendapatkanSalinan { get; set; }

    public bool Persetujuan { get; set; }

    /// <summary>The honeypot: hidden from people, filled in by form-filling robots.</summary>
    public string? Situs { get; set; }

    /// <summary>
    /// The checks across fields, beside the field they concern. Run by the page next to the attributes' checks (MVC
    /// runs an <see cref="IValidatableObject"/> only when every field passed, and a person should see all at once).
    /// </summary>
    public IEnumerable<ValidationResult> CrossFieldErrors()
    {
        if (string.IsNullOrWhiteSpace(Telepon) && string.IsNullOrWhiteSpace(Email))
        {
            yield return new ValidationResult("Isi nomor telepon atau alamat e-mail (salah satu), agar kami dapat menghubungi Anda.", [nameof(Telepon)]);
        }

        if (CaraMemperoleh is not null and not Domain.CaraMemperoleh.MelihatMembaca && CaraMendapatkanSalinan is null)
        {
            yield return new ValidationResult("Pilih cara mendapatkan salinan.", [nameof(CaraMendapatkanSalinan)]);
        }

        if (!Persetujuan)
        {
            yield return new ValidationResult("Centang persetujuan agar permohonan dapat kami proses.", [nameof(Persetujuan)]);
        }
    }

    public PermohonanInput ToInput(UnggahanIdentitas? identitas) => new(
        JenisPemohon ?? Domain.JenisPemohon.Perorangan,
        NamaPemohon!.Trim(),
        NomorIdentitas!.Trim(),
        Alamat!.Trim(),
        string.IsNullOrWhiteSpace(Telepon) ? null : Telepon.Trim(),
        string.IsNullOrWhiteSpace(Email) ? null : Email.Trim(),
        RincianInformasi!.Trim(),
        TujuanPenggunaan!.Trim(),
        CaraMemperoleh ?? Domain.CaraMemperoleh.MelihatMembaca,
        CaraMemperoleh == Domain.CaraMemperoleh.MelihatMembaca ? null : CaraMendapatkanSalinan,
        Persetujuan,
        identitas);
}
