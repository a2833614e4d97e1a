using System.ComponentModel;
using SopPublikasi.Module.LayananInformasi.Domain;
using SopPublikasi.Module.Materi;

namespace SopPublikasi.Module.LayananInformasi.Api;

/// <summary>One move of a request: <c>perpanjang</c> (alasan), <c>siapkan</c> or <c>putuskan</c> (the answer's fields).</summary>
public sealed class TransisiPermohonanBody
{
    [Description("perpanjang, siapkan atau putuskan.")]
    public string? Aksi { get; set; }

    [Description("perpanjang: alasan tertulis perpanjangan 7 hari kerja (Pasal 22 ayat 8).")]
    public string? Alasan { get; set; }

    [Description("siapkan, putuskan: Dikabulkan, DikabulkanSebagian, Ditolak atau TidakDikuasai.")]
    public KeputusanPermohonan? Keputusan { get; set; }

    [Description("siapkan, putuskan: teks pemberitahuan tertulis kepada pemohon.")]
    public string? Jawaban { get; set; }

    [Description("Ditolak, DikabulkanSebagian: alasan pengecualian Pasal 17 (mis. \"Pasal 17 huruf h\").")]
    public string? AlasanPengecualian { get; set; }

    [Description("Uji konsekuensi (Ditolak, DikabulkanSebagian): dokumen yang diuji.")]
    public string? UjiDokumen { get; set; }

    [Description("Uji konsekuensi: informasi yang dikecualikan.")]
    public string? UjiInformasiDikecualikan { get; set; }

    [Description("Uji konsekuensi: dasar hukum (UU 14/2008 Pasal 17).")]
    public string? UjiDasarHukum { get; set; }

    [Description("Uji konsekuensi: pertimbangan kepentingan publik.")]
    public string? UjiPertimbangan { get; set; }

    [Description("Uji konsekuensi: jangka waktu pengecualian.")]
    public string? UjiJangkaWaktu { get; set; }

    [Description("TidakDikuasai: badan publik yang menguasai informasi, bila diketahui.")]
    public string? PenguasaInformasi { get; set; }

    [Description("Biaya penggandaan atau pengiriman dalam rupiah (informasinya sendiri gratis); kosong atau 0 bila tidak ada.")]
    public long? Biaya { get; set; }

    [Description("Alamat berita atau butir DIP yang sudah terbit (relatif terhadap situs), bila jawaban menunjuk ke sana.")]
    public string? TautanInformasi { get; set; }

    /// <summary>The answer's fields, or the field map of what a decision cannot be read without.</summary>
    public JawabanInput? ToJawaban(out Dictionary<string, string[]> errors)
    {
        errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (Keputusan is null)
        {
            errors["keputusan"] = ["Keputusan wajib dipilih: Dikabulkan, DikabulkanSebagian, Ditolak atau TidakDikuasai."];
            return null;
        }

        string[] uji = [UjiDokumen ?? string.Empty, UjiInformasiDikecualikan ?? string.Empty, UjiDasarHukum ?? string.Empty, UjiPertimbangan ?? string.Empty, UjiJangkaWaktu ?? string.Empty];
        var test = uji.All(string.IsNullOrWhiteSpace) ? null : new UjiKonsekuensi(uji[0], uji[1], uji[2], uji[3], uji[4]);
        return new JawabanInput(Keputusan.Value, Jawaban ?? string.Empty, Blank(AlasanPengecualian), test, Blank(PenguasaInformasi), Biaya, Blank(TautanInformasi));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

/// <summary>One move of an objection: <c>jawab</c> (the atasan PPID's answer) or <c>sengketa</c> (a dispute recorded).</summary>
public sealed class TransisiKeberatanBody
{
    [Description("jawab atau sengketa.")]
    public string? Aksi { get; set; }

    [Description("jawab: Dikabulkan (keberatan diterima) atau Ditolak.")]
    public PutusanKeberatan? Putusan { get; set; }

    [Description("jawab: tanggapan tertulis atasan PPID.")]
    public string? Tanggapan { get; set; }

    [Description("sengketa: tanggal pengajuan ke Komisi Informasi (yyyy-MM-dd); kosong: hari ini (WIB).")]
    public DateOnly? Tanggal { get; set; }

    [Description("sengketa: catatan (nomor register Komisi Informasi, dsb.).")]
    public string? Catatan { get; set; }
}
