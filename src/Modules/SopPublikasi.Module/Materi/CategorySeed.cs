namespace SopPublikasi.Module.Materi;

public static class CategorySeed
{
    public static IReadOnlyList<Category> All { get; } =
    [
        new() { Id = 1, Name = "Berita Kegiatan", Slug = "berita-kegiatan" },
        new() { Id = 2, Name = "Pengumuman", Slug = "pengumuman" },
        new() { Id = 3, Name = "Agenda", Slug = "agenda" },
        new() { Id = 4, Name = "Layanan", Slug = "layanan" },
        new() { Id = 5, Name = "Informasi Publik", Slug = "informasi-publik" },
    ];
}
