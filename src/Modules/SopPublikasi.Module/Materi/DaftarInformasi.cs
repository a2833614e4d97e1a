namespace SopPublikasi.Module.Materi;

/// <summary>
/// The fields the Daftar Informasi Publik (DIP) lists for an item (Perki 1/2021): who holds it, who answers for
/// it, where it was made, its form and how long it is kept. Recorded when the item is classified.
/// </summary>
public sealed record DaftarInformasi(
    string UnitPenguasa,
    string PenanggungJawab,
    string TempatPembuatan,
    string Bentuk,
    string Retensi);
