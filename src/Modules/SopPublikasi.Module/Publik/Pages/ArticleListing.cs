using SopPublikasi.Module.Publik;

namespace SopPublikasi.Module.Publik.Pages;

/// <summary>A page of published articles as the list pages show it, with links to the neighbouring pages.</summary>
public sealed record ArticleListing(
    IReadOnlyList<PublishedArticle> Articles,
    int Total,
    int PageNumber,
    int PageSize,
    Func<int, string> PageUrl,
    string EmptyText = "Belum ada materi yang diterbitkan.")
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>Search results: highlighted excerpts (already HTML-encoded, with &lt;mark&gt;) by article id.</summary>
    public IReadOnlyDictionary<Guid, string> Snippets { get; init; } = new Dictionary<Guid, string>();

    /// <summary>How the first card's cover is fetched (the others lazily): at once, or first of all on the Beranda.</summary>
    public FotoTag.Fetch LeadPhoto { get; init; } = FotoTag.Fetch.Eager;

    /// <summary>The cards' covers span the column on a phone, half of it on a tablet, a third on a desktop.</summary>
    public const string CoverSizes = "(max-width: 40rem) calc(100vw - 2rem), (max-width: 62rem) 50vw, 20rem";
}
