using System.ComponentModel.DataAnnotations;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.LayananInformasi.Domain;

namespace SopPublikasi.Module.LayananInformasi;

/// <summary>
/// The desk's input checks, with a message per field (keys are the JSON names: the API's problem and the admin's
/// message beside the field read the same key). Collects every error before it throws.
/// </summary>
public sealed class LayananValidation
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public static void Check(PermohonanInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var v = new LayananValidation();
        v.Defined(input.JenisPemohon, "jenisPemohon", "Pilih jenis pemohon.");
        v.Text(input.NamaPemohon, "namaPemohon", 200, "Nama pemohon wajib diisi.");
        if (input.JenisPemohon == JenisPemohon.Perorangan)
        {
            if (input.NomorIdentitas?.Trim() is not { Length: 16 } nik || !nik.All(char.IsAsciiDigit))
            {
                v.Add("nomorIdentitas", "NIK harus 16 angka.");
            }
        }
        else
        {
            v.Text(input.NomorIdentitas, "nomorIdentitas", 100, "Nomor akta pendirian badan hukum wajib diisi.");
        }

        v.Text(input.Alamat, "alamat", 500, "Alamat wajib diisi.");
        var telepon = input.Telepon?.Trim();
        var email = input.Email?.Trim();
        if (string.IsNullOrEmpty(telepon) && string.IsNullOrEmpty(email))
        {
            v.Add("email", "Isi alamat e-mail atau nomor telepon (salah satu wajib).");
        }

        if (!string.IsNullOrEmpty(telepon) && (telepon.Length > 30 || telepon.Count(char.IsAsciiDigit) < 8 || !telepon.All(c => char.IsAsciiDigit(c) || c is '+' or '-' or ' ' or '(' or ')')))
        {
            v.Add("telepon", "Nomor telepon tidak valid (8-30 karakter: angka, spasi, +, -).");
        }

        if (!string.IsNullOrEmpty(email) && (email.Length > 254 || !new EmailAddressAttribute().IsValid(email) || !email.Contains('.', StringComparison.Ordinal)))
        {
            v.Add("email", "Alamat e-mail tidak valid.");
        }

        v.Text(input.RincianInformasi, "rincianInformasi", 4000, "Rincian informasi yang dibutuhkan wajib diisi.");
        v.Text(input.TujuanPenggunaan, "tujuanPenggunaan", 2000, "Tujuan penggunaan informasi wajib diisi.");
        v.Defined(input.CaraMemperoleh, "caraMemperoleh", "Pilih cara memperoleh informasi.");
        if (input.CaraMemperoleh is CaraMemperoleh.SalinanSoftcopy or CaraMemperoleh.SalinanHardcopy)
        {
            if (input.CaraMendapatkanSalinan is not { } cara || !Enum.IsDefined(cara))
            {
                v.Add("caraMendapatkanSalinan", "Pilih cara mendapatkan salinan informasi.");
            }
        }

        if (!input.Persetujuan)
        {
            v.Add("persetujuan", "Centang pernyataan persetujuan untuk melanjutkan.");
        }

        v.Defined(input.Saluran, "saluran", "Saluran permohonan tidak dikenal.");
        v.ThrowIfAny();
    }

    /// <summary>The written answer: a refusal or partial grant names a Pasal 17 ground and carries a complete consequence test.</summary>
    public static void Check(JawabanInput jawaban, bool final)
    {
        ArgumentNullException.ThrowIfNull(jawaban);
        var v = new LayananValidation();
        v.Defined(jawaban.Keputusan, "keputusan", "Pilih keputusan.");
        v.Text(jawaban.Jawaban, "jawaban", 8000, "Isi jawaban tertulis wajib diisi.");
        if (final && jawaban.Keputusan is KeputusanPermohonan.Ditolak or KeputusanPermohonan.DikabulkanSebagian)
        {
            if (AlasanPengecualian.Find(jawaban.AlasanPengecualian) is null)
            {
                v.Add("alasanPengecualian", "Pilih alasan pengecualian (Pasal 17 huruf a-j).");
            }

            if (jawaban.UjiKonsekuensi is not { IsComplete: true })
            {
                v.Add("ujiKonsekuensi", "Lengkapi uji konsekuensi: dokumen, informasi yang dikecualikan, dasar hukum, pertimbangan kepentingan publik, dan jangka waktu.");
            }
        }

        v.Optional(jawaban.PenguasaInformasi, "penguasaInformasi", 500);
        if (jawaban.Biaya is < 0)
        {
            v.Add("biaya", "Biaya tidak boleh negatif.");
        }

        if (jawaban.TautanInformasi is { Length: > 0 } tautan && (tautan.Length > 500 || !tautan.StartsWith('/') || tautan.StartsWith("//", StringComparison.Ordinal)))
        {
            v.Add("tautanInformasi", "Tautan informasi harus alamat di situs ini, diawali \"/\".");
        }

        v.ThrowIfAny();
    }

    public static void Check(KeberatanInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var v = new LayananValidation();
        if (input.Alasan is not { Count: > 0 } || input.Alasan.Any(a => !Enum.IsDefined(a)))
        {
            v.Add("alasan", "Pilih sekurang-kurangnya satu alasan keberatan.");
        }

        v.Text(input.Uraian, "uraian", 4000, "Uraikan keberatan Anda.");
        v.ThrowIfAny();
    }

    /// <summary>One required text field (a reason, a written answer to an objection).</summary>
    public static void Required(string? value, string field, int max, string required)
    {
        var v = new LayananValidation();
        v.Text(value, field, max, required);
        v.ThrowIfAny();
    }

    private void Text(string? value, string field, int max, string required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, required);
        }
        else
        {
            Optional(value, field, max);
        }
    }

    private void Optional(string? value, string field, int max)
    {
        if (value?.Trim().Length > max)
        {
            Add(field, $"Paling banyak {max} karakter.");
        }
    }

    private void Defined<T>(T value, string field, string message)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            Add(field, message);
        }
    }

    private void Add(string field, string message) =>
        _errors[field] = _errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];

    private void ThrowIfAny()
    {
        if (_errors.Count > 0)
        {
            throw new InputException(_errors);
        }
    }
}
