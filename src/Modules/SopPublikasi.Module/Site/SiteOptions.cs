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

    /// <summary>The first line of the kop surat (letterhead) on printed forms.</summary>
    [StringLength(200)]
    public string KopInstansi { get; set; } = "PEMERINTAH KABUPATEN KARANGANYAR";

    /// <summary>The second line of the kop surat (the office); empty means <see cref="Name"/> in capitals.</summary>
    [StringLength(200)]
    public string? KopNama { get; set; }

    /// <summary>Absolute base address of the public site, used in links that leave it (cross-posts).</summary>
    [Required]
    [Url]
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    [StringLength(300)]
    public string Alamat { get; set; } = "Jl. Raya Kecamatan No. 1, Kabupaten Karanganyar, Jawa Tengah";

    [StringLength(50)]
    public string Telepon { get; set; } = "(0271) 000000";

    [StringLength(100)]
    public string Email { get; set; } = "kecamatan@karanganyarkab.go.id";

    [StringLength(300)]
    public string JamLayanan { get; set; } = "Senin–Kamis pukul 07.30–16.00 WIB, Jumat pukul 07.30–11.00 WIB";

    /// <summary>
    /// How often an instance looks at the database's change stamp to learn of publications made on another
    /// instance (several instances behind one proxy). A public page is at most this much out of date there.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan CacheStampInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A link to the office on a map (opened in the visitor's map app).</summary>
    [StringLength(500)]
    public string? PetaUrl { get; set; }

    /// <summary>Serve public pages, feeds and the public API from the output cache (Site:OutputCache; off only to measure without it).</summary>
    public bool OutputCache { get; set; } = true;

    /// <summary>
    /// The office's logo (a media file), set by an administrator on the site settings page and stored as the site
    /// setting "LogoId"; null draws the default emblem. Not meant for configuration.
    /// </summary>
    public Guid? LogoId { get; set; }

    /// <summary>The public base address without a trailing slash.</summary>
    public string Root => PublicBaseUrl.TrimEnd('/');

    /// <summary>An absolute address on the public site, for links that leave it (previews, feeds, cross-posts).</summary>
    public string AbsoluteUrl(string path) => Root + path;

    public string ArticleUrl(string slug) => AbsoluteUrl("/berita/" + Uri.EscapeDataString(slug));
}
