using System.ComponentModel;
using SopPublikasi.Module.LayananInformasi.Domain;

namespace SopPublikasi.Module.LayananInformasi.Api;

/// <summary>
/// A request as JSON (the law's fields, Perki 1/2021). The desk judges the values (422 with the field map); only the
/// choices a request cannot be read without are checked here. No identity scan: the API takes none.
/// </summary>
public class PermohonanBody
{
    [Description("Perorangan (warga negara Indonesia) atau BadanHukum.")]
    public JenisPemohon? JenisPemohon { get; set; }

    [Description("Nama pemohon, atau nama badan hukum.")]
    public string? NamaPemohon { get; set; }

    [Description("NIK (16 angka) untuk perorangan, atau nomor akta pendirian badan hukum. Data pribadi: tidak pernah tampil di API publik.")]
    public string? NomorIdentitas { get; set; }

    [Description("Alamat pemohon. Data pribadi.")]
    public string? Alamat { get; set; }

    [Description("Telepon atau WhatsApp; telepon atau e-mail, sedikitnya salah satu. Data pribadi.")]
    public string? Telepon { get; set; }

    [Description("E-mail; pemberitahuan perkembangan permohonan dikirim ke sini. Data pribadi.")]
    public string? Email { get; set; }

    [Description("Rincian informasi yang dibutuhkan.")]
    public string? RincianInformasi { get; set; }

    [Description("Tujuan penggunaan informasi.")]
    public string? TujuanPenggunaan { get; set; }

    [Description("MelihatMembaca (melihat, membaca, mendengarkan, mencatat), SalinanSoftcopy atau SalinanHardcopy.")]
    public CaraMemperoleh? CaraMemperoleh { get; set; }

    [Description("Wajib untuk salinan: MengambilLangsung, Pos, Kurir atau Email.")]
    public CaraMendapatkanSalinan? CaraMendapatkanSalinan { get; set; }

    [Description("Pemohon menyetujui penggunaan data pribadinya untuk melayani permohonan ini (wajib true).")]
    public bool Persetujuan { get; set; }

    /// <summary>The desk's input, or the missing choices (camelCase field names).</summary>
    public PermohonanInput? ToInput(SaluranPermohonan saluran, out Dictionary<string, string[]> errors)
    {
        errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (JenisPemohon is null)
        {
            errors["jenisPemohon"] = ["Jenis pemohon wajib dipilih: Perorangan atau BadanHukum."];
        }

        if (CaraMemperoleh is null)
        {
            errors["caraMemperoleh"] = ["Cara memperoleh informasi wajib dipilih."];
        }

        if (errors.Count > 0)
        {
            return null;
        }

        return new PermohonanInput(
            JenisPemohon!.Value, NamaPemohon ?? string.Empty, NomorIdentitas ?? string.Empty, Alamat ?? string.Empty,
            Blank(Telepon), Blank(Email), RincianInformasi ?? string.Empty, TujuanPenggunaan ?? string.Empty,
            CaraMemperoleh!.Value, CaraMendapatkanSalinan, Persetujuan, null, saluran);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

/// <summary>A request that reached the office by letter, visit, WhatsApp or e-mail, recorded by staff.</summary>
public sealed class PermohonanKantorBody : PermohonanBody
{
    [Description("Langsung, Surat, WhatsApp atau Email: jalur permohonan itu sampai ke kantor.")]
    public SaluranPermohonan? Saluran { get; set; }
}

/// <summary>An objection as the requester files it (UU 14/2008 Pasal 35).</summary>
public sealed class KeberatanBody
{
    [Description("Satu atau lebih alasan Pasal 35 ayat (1) huruf a-g.")]
    public List<AlasanKeberatan>? Alasan { get; set; }

    [Description("Uraian keberatan (kasus posisi).")]
    public string? Uraian { get; set; }

    public KeberatanInput ToInput() => new([.. Alasan ?? []], Uraian ?? string.Empty);
}
