namespace SopPublikasi.Module.Materi;

/// <summary>Content category of the public site (Berita, Pengumuman, Agenda...).</summary>
public sealed class Category
{
    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string Slug { get; set; } = string.Empty;
}
