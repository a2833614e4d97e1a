using SopPublikasi.Module.LayananInformasi.Domain;
using SopPublikasi.Module.Materi;

namespace SopPublikasi.Module.LayananInformasi.Kantor.Pages;

/// <summary>The answer's form (prepared by staff, or decided by the PPID Pembantu) as posted.</summary>
public sealed class JawabanForm
{
    public KeputusanPermohonan? Keputusan { get; set; }

    public string? Jawaban { get; set; }

    public string? AlasanPengecualian { get; set; }

    public string? UjiDokumen { get; set; }

    public string? UjiInformasiDikecualikan { get; set; }

    public string? UjiDasarHukum { get; set; }

    public string? UjiPertimbangan { get; set; }

    public string? UjiJangkaWaktu { get; set; }

    public string? PenguasaInformasi { get; set; }

    public long? Biaya { get; set; }

    public string? TautanInformasi { get; set; }

    public UjiKonsekuensi? Uji =>
        new[] { UjiDokumen, UjiInformasiDikecualikan, UjiDasarHukum, UjiPertimbangan, UjiJangkaWaktu }.All(string.IsNullOrWhiteSpace)
            ? null
            : new UjiKonsekuensi(UjiDokumen?.Trim() ?? "", UjiInformasiDikecualikan?.Trim() ?? "", UjiDasarHukum?.Trim() ?? "", UjiPertimbangan?.Trim() ?? "", UjiJangkaWaktu?.Trim() ?? "");

    /// <summary>The service's input; an unchosen decision is passed as 0 so the service names the field.</summary>
    public JawabanInput ToInput() => new(
        Keputusan ?? 0,
        Jawaban?.Trim() ?? string.Empty,
        string.IsNullOrWhiteSpace(AlasanPengecualian) ? null : AlasanPengecualian,
        Uji,
        string.IsNullOrWhiteSpace(PenguasaInformasi) ? null : PenguasaInformasi.Trim(),
        Biaya,
        string.IsNullOrWhiteSpace(TautanInformasi) ? null : TautanInformasi.Trim());
}
