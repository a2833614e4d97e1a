namespace SopPublikasi.Module.Search;

/// <summary>A ranked search hit: the article and an excerpt, HTML-encoded, with the matched words in &lt;mark&gt;.</summary>
public sealed record SearchHit(Guid MateriId, string SnippetHtml);

/// <summary>A page of hits and the number of matches, counted up to <see cref="SearchWords.CountCap"/>.</summary>
/// <param name="TotalCapped">More than <see cref="SearchWords.CountCap"/> articles match.</param>
public sealed record SearchResult(IReadOnlyList<SearchHit> Hits, int Total, bool TotalCapped)
{
    public static readonly SearchResult Empty = new([], 0, false);
}

/// <summary>
/// Full-text index of the live version of every published article. Words are matched by prefix ("posyan" finds
/// "posyandu"), all words must appear, and results are ranked (title above summary above body). One implementation
/// per database: <see cref="SqliteSearchIndex"/> (FTS5) and <see cref="PostgreSqlSearchIndex"/> (tsvector, GIN).
/// </summary>
public interface ISearchIndex
{
    /// <summary>Adds the article's live version, or replaces what was indexed for it.</summary>
    Task UpsertAsync(Guid materiId, string judul, string ringkasan, string isiHtml, CancellationToken ct);

    Task RemoveAsync(Guid materiId, CancellationToken ct);

    /// <summary>Ranked hits (best first) and how many match (at most <see cref="SearchWords.CountCap"/>).</summary>
    Task<SearchResult> SearchAsync(string query, int skip, int take, CancellationToken ct);

    /// <summary>
    /// Ids of published articles matching the words, at most <see cref="SearchWords.CountCap"/> (for the API's q
    /// filter). No excerpts: the API orders and shows its page itself.
    /// </summary>
    Task<IReadOnlyList<Guid>> MatchingIdsAsync(string query, CancellationToken ct);

    /// <summary>Rebuilds the index from the published versions when it does not hold exactly the published articles.</summary>
    Task RebuildIfStaleAsync(CancellationToken ct);

    /// <summary>One short step of the index's own upkeep; false when there was nothing to do.</summary>
    Task<bool> MaintainStepAsync(CancellationToken ct);
}
