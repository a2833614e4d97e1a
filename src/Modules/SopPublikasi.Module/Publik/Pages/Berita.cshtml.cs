using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using SopPublikasi.Module.Publik;

namespace SopPublikasi.Module.Publik.Pages;

/// <summary>Every published article, or those of one category (/kategori/{slug}, /pengumuman, /agenda).</summary>
[OutputCache(PolicyName = PublicCache.Lists)]
public sealed class BeritaModel(PublicArticles articles) : PageModel
{
    public const int PageSize = 12;

    public string Heading { get; private set; } = "Berita";

    public ArticleListing Listing { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? kategori, int halaman = 1, CancellationToken ct = default)
    {
        var basePath = Request.Path.Value ?? "/berita";
        kategori ??= basePath.Trim('/') is "pengumuman" or "agenda" ? basePath.Trim('/') : null;
        var categoryId = 0;
        if (kategori is not null)
        {
            if (await articles.CategoryAsync(kategori, ct) is not { } category)
            {
                return NotFound();
            }

            Heading = category.Name;
            categoryId = category.Id;
        }

        var page = Math.Max(1, halaman);
        var (items, total) = await articles.CardsPageAsync(categoryId, page, PageSize, ct);
        Listing = new ArticleListing(items, total, page, PageSize, n => n == 1 ? basePath : $"{basePath}?halaman={n}");
        return Page();
    }
}
