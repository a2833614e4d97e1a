using System.ComponentModel.DataAnnotations;

namespace SopPublikasi.Module.Site;

/// <summary>"Site" section: the office and the public address of its website.</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    [Required]
    [StringLength(120)]
    public string Name { get; set; } = "Kecamatan Contoh";

    [StringLength(200)]
    public string Tagline { get; set; } = "Kabupaten Karanganyar";

    /// <summary>Absolute base address of the public site, used in links that leave it (cross-posts).</summary>
    [Required]
    [Url]
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    public string ArticleUrl(string slug) => PublicBaseUrl.TrimEnd('/') + "/berita/" + Uri.EscapeDataString(slug);
}
