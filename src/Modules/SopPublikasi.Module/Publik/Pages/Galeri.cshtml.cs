using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using SopPublikasi.Module.Publik;

namespace SopPublikasi.Module.Publik.Pages;

/// <summary>
/// Galeri: the photos of published articles, one album per article (cover first, then the body's photos), newest
/// first, each photo linking to its article. Cached with the lists, so a publication or a withdrawal shows at once.
/// </summary>
[OutputCache(PolicyName = PublicCache.Lists)]
public sealed class GaleriModel(PublicPhotos photos) : PageModel
{
    /// <summary>Thumbnails: two a row on a phone, about 12rem wide on a desktop.</summary>
    public const string ThumbnailSizes = "(max-width: 40rem) 50vw, 12rem";

    /// <summary>
    /// The photos a phone's first screen shows on page 1 (the first album's first two rows): fetched at once, the
    /// first one first. A lazy picture is asked for only after the layout, half a second later on a phone.
    /// </summary>
    public const int FirstScreenPhotos = 4;

    public IReadOnlyList<PublicPhotos.GaleriAlbum> Albums { get; private set; } = [];

    public int PageNumber { get; private set; } = 1;

    public int PageCount { get; private set; } = 1;

    public static string PageUrl(int n) => n == 1 ? "/galeri" : $"/galeri?halaman={n}";

    public async Task OnGetAsync(int halaman = 1, CancellationToken ct = default)
    {
        PageNumber = Math.Max(1, halaman);
        var (albums, total) = await photos.GaleriPageAsync(PageNumber, ct);
        Albums = albums;
        PageCount = Math.Max(1, (total + PublicPhotos.AlbumsPerPage - 1) / PublicPhotos.AlbumsPerPage);
    }
}
