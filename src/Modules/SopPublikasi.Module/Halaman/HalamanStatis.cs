namespace SopPublikasi.Module.Halaman;

/// <summary>A standing page of the public site (Profil, Layanan), edited in the admin; its HTML is sanitized on save.</summary>
public sealed class HalamanStatis
{
    public string Slug { get; set; } = string.Empty;

    /// <summary>"profil" or "layanan": the menu the page belongs to.</summary>
    public string Grup { get; set; } = string.Empty;

    public int Urutan { get; set; }

    public string Judul { get; set; } = string.Empty;

    public string Isi { get; set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = string.Empty;
}

public static class HalamanGrup
{
    public const string Profil = "profil";
    public const string Layanan = "layanan";
}

/// <summary>Standing pages other features look for by their slug.</summary>
public static class HalamanSlugs
{
    /// <summary>The Camat's greeting, shown on the Beranda when the page exists.</summary>
    public const string SambutanCamat = "sambutan-camat";
}
