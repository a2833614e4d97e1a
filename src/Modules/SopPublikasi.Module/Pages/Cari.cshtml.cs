using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using SopPublikasi.Module.Publik;

namespace SopPublikasi.Module.Pages;

/// <summary>Search over published material, newest first, with highlighted excerpts.</summary>
[OutputCache(PolicyName = PublicCache.Lists)]
public sealed class CariModel(PublicArticles articles) : PageModel
{
    public const int PageSize = 20;

    public string? Query { get; private set; }

    public ArticleListing? Listing { get; private set; }

    public async Task OnGetAsync(string? q, int halaman = 1, CancellationToken ct = default)
    {
        Query = string.IsNullOrWhiteSpace(q) ? null : q.Trim()[..Math.Min(q.Trim().Length, 200)];
        if (Query is null)
        {
            return;
        }

        var page = Math.Max(1, halaman);
        var (items, total) = await articles.PageAsync(new BeritaFilter(Query: Query), page, PageSize, ct);
        var encoded = Uri.EscapeDataString(Query);
        Listing = new ArticleListing(items, total, page, PageSize, n => $"/cari?q={encoded}&halaman={n}", "Tidak ada materi yang cocok. Coba kata lain.")
        {
            Snippets = items.ToDictionary(a => a.Id, a => SearchSnippet.Make(a.Summary, a.Body, Query)),
        };
    }
}
