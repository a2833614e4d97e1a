using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using SopPublikasi.Module.Publik;
using SopPublikasi.Module.Search;

namespace SopPublikasi.Module.Publik.Pages;

/// <summary>Full-text search over published material: best matches first, with highlighted excerpts.</summary>
[OutputCache(PolicyName = PublicCache.Lists)]
public sealed class CariModel(ISearchIndex search, PublicArticles articles) : PageModel
{
    /// <summary>Results per page: as many as the Berita list shows, in the same grid of cards.</summary>
    public const int PageSize = 12;

    public string? Query { get; private set; }

    public ArticleListing? Listing { get; private set; }

    /// <summary>More articles match than are counted: the heading says "lebih dari".</summary>
    public bool TotalCapped { get; private set; }

    public async Task OnGetAsync(string? q, int halaman = 1, CancellationToken ct = default)
    {
        Query = string.IsNullOrWhiteSpace(q) ? null : q.Trim()[..Math.Min(q.Trim().Length, 200)];
        if (Query is null)
        {
            return;
        }

        var page = Math.Max(1, halaman);
        var result = await search.SearchAsync(Query, PublicArticles.Offset(page, PageSize), PageSize, ct);
        TotalCapped = result.TotalCapped;
        var items = await articles.ByIdsAsync([.. result.Hits.Select(h => h.MateriId)], ct);
        var encoded = Uri.EscapeDataString(Query);
        Listing = new ArticleListing(items, result.Total, page, PageSize, n => $"/cari?q={encoded}&halaman={n}", "Tidak ada materi yang cocok. Coba kata lain.")
        {
            Snippets = result.Hits.ToDictionary(h => h.MateriId, h => h.SnippetHtml),
        };
    }
}
