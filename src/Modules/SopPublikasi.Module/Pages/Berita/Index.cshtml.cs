using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Publik;

namespace SopPublikasi.Module.Pages.Berita;

/// <summary>Every published article, or those of one category (/kategori/{slug}, /pengumuman, /agenda).</summary>
[OutputCache(PolicyName = PublicCache.Lists)]
public sealed class IndexModel(PublicArticles articles, SopDbContext db) : PageModel
{
    public const int PageSize = 12;

    public string Heading { get; private set; } = "Berita";

    public ArticleListing Listing { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? kategori, int halaman = 1, CancellationToken ct = default)
    {
        var basePath = Request.Path.Value ?? "/berita";
        kategori ??= basePath.Trim('/') is "pengumuman" or "agenda" ? basePath.Trim('/') : null;
        if (kategori is not null)
        {
            var category = await db.Categories.AsNoTracking().FirstOrDefaultAsync(c => c.Slug == kategori, ct);
            if (category is null)
            {
                return NotFound();
            }

            Heading = category.Name;
        }

        var page = Math.Max(1, halaman);
        var (items, total) = await articles.PageAsync(new BeritaFilter(Kategori: kategori), page, PageSize, ct);
        Listing = new ArticleListing(items, total, page, PageSize, n => n == 1 ? basePath : $"{basePath}?halaman={n}");
        return Page();
    }
}
