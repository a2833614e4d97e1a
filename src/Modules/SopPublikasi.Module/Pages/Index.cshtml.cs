using Microsoft.AspNetCore.Mvc.RazorPages;
using SopPublikasi.Module.Publik;

namespace SopPublikasi.Module.Pages;

/// <summary>Beranda: the latest published berita.</summary>
public sealed class IndexModel(PublicArticles articles) : PageModel
{
    public const int PageSize = 12;

    public IReadOnlyList<PublishedArticle> Articles { get; private set; } = [];

    public int Total { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public async Task OnGetAsync(int halaman = 1, CancellationToken ct = default)
    {
        PageNumber = Math.Max(1, halaman);
        (Articles, Total) = await articles.PageAsync(PageNumber, PageSize, ct);
    }
}
