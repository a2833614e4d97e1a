using SopPublikasi.Module.Materi;

namespace SopPublikasi.Module.Publik;

/// <summary>Filters of the public list: category slug, tag, publication dates (WIB), Perki category, words.</summary>
public sealed record BeritaFilter(
    string? Kategori = null,
    string? Tag = null,
    DateOnly? From = null,
    DateOnly? To = null,
    KategoriInformasi? Klasifikasi = null,
    string? Query = null)
{
    public static BeritaFilter None { get; } = new();
}
