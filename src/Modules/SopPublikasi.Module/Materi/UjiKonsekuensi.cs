namespace SopPublikasi.Module.Materi;

/// <summary>The consequence test (UU 14/2008 Pasal 17) recorded before material is declared exempt.</summary>
public sealed record UjiKonsekuensi(
    string Dokumen,
    string InformasiDikecualikan,
    string DasarHukum,
    string PertimbanganKepentinganPublik,
    string JangkaWaktu)
{
    public bool IsComplete =>
        new[] { Dokumen, InformasiDikecualikan, DasarHukum, PertimbanganKepentinganPublik, JangkaWaktu }
            .All(v => !string.IsNullOrWhiteSpace(v));
}
