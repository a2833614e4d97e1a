using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Publik;

/// <summary>A ranked search hit: the article and an excerpt, HTML-encoded, with the matched words in &lt;mark&gt;.</summary>
public sealed record SearchHit(Guid MateriId, string SnippetHtml);

/// <summary>A page of hits and the number of matches, counted up to <see cref="SearchIndex.CountCap"/>.</summary>
/// <param name="TotalCapped">More than <see cref="SearchIndex.CountCap"/> articles match.</param>
public sealed record SearchResult(IReadOnlyList<SearchHit> Hits, int Total, bool TotalCapped)
{
    public static readonly SearchResult Empty = new([], 0, false);
}

/// <summary>
/// Full-text index of the live version of every published article: SQLite FTS5 on the embedded default,
/// PostgreSQL tsvector with a GIN index in production. Words are matched by prefix ("posyan" finds "posyandu"),
/// all words must appear, results are ranked (title above summary above body).
/// </summary>
public sealed partial class SearchIndex(SopDbContext db)
{
    public const int MaxWords = 8;

    private const char MarkStart = '\u0001';
    private const char MarkEnd = '\u0002';

    private bool IsPostgres => db.Database.IsNpgsql();

    /// <summary>The words of a query as the index sees them (letters and digits, lower case).</summary>
    public static IReadOnlyList<string> Words(string? query) =>
        [.. Word().Matches((query ?? string.Empty).ToLowerInvariant()).Select(m => m.Value).Distinct().Take(MaxWords)];

    public async Task UpsertAsync(Guid materiId, string judul, string ringkasan, string isiHtml, CancellationToken ct)
    {
        if (!IsPostgres)
        {
            await RemoveAsync(materiId, ct);
        }

        await InsertAsync(materiId, judul, ringkasan, isiHtml, ct);
    }

    /// <summary>Adds a row; on PostgreSQL an existing row of the article is replaced.</summary>
    private Task<int> InsertAsync(Guid materiId, string judul, string ringkasan, string isiHtml, CancellationToken ct)
    {
        var isi = PlainText(isiHtml);
        return IsPostgres
            ? db.Database.ExecuteSqlInterpolatedAsync(
                $"""INSERT INTO "SearchIndex" ("MateriId", "Judul", "Ringkasan", "Isi") VALUES ({materiId}, {judul}, {ringkasan}, {isi}) ON CONFLICT ("MateriId") DO UPDATE SET "Judul" = EXCLUDED."Judul", "Ringkasan" = EXCLUDED."Ringkasan", "Isi" = EXCLUDED."Isi" """, ct)
            : db.Database.ExecuteSqlInterpolatedAsync(
                $"""INSERT INTO "SearchIndex" (materi_id, judul, ringkasan, isi) VALUES ({materiId.ToString()}, {judul}, {ringkasan}, {isi})""", ct);
    }

    public Task RemoveAsync(Guid materiId, CancellationToken ct) => IsPostgres
        ? db.Database.ExecuteSqlInterpolatedAsync($"""DELETE FROM "SearchIndex" WHERE "MateriId" = {materiId}""", ct)
        : db.Database.ExecuteSqlInterpolatedAsync($"""DELETE FROM "SearchIndex" WHERE materi_id = {materiId.ToString()}""", ct);

    /// <summary>How many matches are counted at most; above it the site says "more than" (<see cref="SearchResult.TotalCapped"/>).</summary>
    public const int CountCap = 1000;

    /// <summary>
    /// On SQLite, how many of the newest matches are ranked with bm25. Ranking scores every candidate, so a word
    /// found in most articles would cost time in proportion to the whole archive; the newest candidates are ranked
    /// (best first) and older matches follow, newest first.
    /// </summary>
    public const int RankCandidates = 200;

    /// <summary>Ranked hits (best first) and how many match (at most <see cref="CountCap"/>).</summary>
    public async Task<SearchResult> SearchAsync(string query, int skip, int take, CancellationToken ct)
    {
        var words = Words(query);
        if (words.Count == 0)
        {
            return SearchResult.Empty;
        }

        var (rows, total) = IsPostgres ? await PostgresAsync(words, skip, take, ct) : await SqliteAsync(words, skip, take, ct);
        return new SearchResult([.. rows.Select(r => new SearchHit(Guid.Parse(r.MateriId), Highlight(r.Snippet)))], Math.Min(total, CountCap), total > CountCap);
    }

    private async Task<(List<Row> Rows, int Total)> PostgresAsync(IReadOnlyList<string> words, int skip, int take, CancellationToken ct)
    {
        var tsquery = string.Join(" & ", words.Select(w => w + ":*"));
        var options = $"StartSel={MarkStart}, StopSel={MarkEnd}, MaxWords=35, MinWords=12, ShortWord=2";
        var total = await db.Database.SqlQuery<int>($"""SELECT count(*)::int AS "Value" FROM (SELECT 1 FROM "SearchIndex" WHERE "Dokumen" @@ to_tsquery('simple', {tsquery}) LIMIT {CountCap + 1}) AS capped""").SingleAsync(ct);
        var rows = await db.Database.SqlQuery<Row>($"""
            SELECT "MateriId"::text AS "MateriId", ts_headline('simple', "Ringkasan" || ' ' || "Isi", q, {options}) AS "Snippet"
            FROM "SearchIndex", to_tsquery('simple', {tsquery}) AS q
            WHERE "Dokumen" @@ q
            ORDER BY ts_rank("Dokumen", q) DESC, "MateriId"
            LIMIT {take} OFFSET {skip}
            """).ToListAsync(ct);
        return (rows, total);
    }

    /// <summary>
    /// FTS5 with a prefix index (see the SearchPrefixIndex migration), so that a prefix query walks one doclist.
    /// The newest <see cref="RankCandidates"/> matches are ranked; the rest follow by age (rowid order is the order
    /// in which live versions were indexed).
    /// </summary>
    private async Task<(List<Row> Rows, int Total)> SqliteAsync(IReadOnlyList<string> words, int skip, int take, CancellationToken ct)
    {
        var match = string.Join(" ", words.Select(w => "\"" + w + "\"*"));
        var start = MarkStart.ToString();
        var end = MarkEnd.ToString();
        var total = await db.Database.SqlQuery<int>($"""SELECT count(*) AS "Value" FROM (SELECT 1 FROM "SearchIndex" WHERE "SearchIndex" MATCH {match} LIMIT {CountCap + 1})""").SingleAsync(ct);
        // The rowid of the oldest ranked candidate; 0 when every match is ranked.
        var floor = total <= RankCandidates ? 0L : await db.Database.SqlQuery<long>(
            $"""SELECT rowid AS "Value" FROM "SearchIndex" WHERE "SearchIndex" MATCH {match} ORDER BY rowid DESC LIMIT 1 OFFSET {RankCandidates - 1}""").SingleAsync(ct);
        var rows = skip >= RankCandidates && floor > 0 ? [] : await db.Database.SqlQuery<Row>($"""
            SELECT materi_id AS "MateriId", snippet("SearchIndex", -1, {start}, {end}, '…', 24) AS "Snippet"
            FROM "SearchIndex"
            WHERE "SearchIndex" MATCH {match} AND rowid >= {floor}
            ORDER BY bm25("SearchIndex", 0.0, 10.0, 4.0, 1.0)
            LIMIT {take} OFFSET {skip}
            """).ToListAsync(ct);
        if (floor > 0 && rows.Count < take)
        {
            rows.AddRange(await db.Database.SqlQuery<Row>($"""
                SELECT materi_id AS "MateriId", snippet("SearchIndex", -1, {start}, {end}, '…', 24) AS "Snippet"
                FROM "SearchIndex"
                WHERE "SearchIndex" MATCH {match} AND rowid < {floor}
                ORDER BY rowid DESC
                LIMIT {take - rows.Count} OFFSET {Math.Max(0, skip - RankCandidates)}
                """).ToListAsync(ct));
        }

        return (rows, total);
    }

    /// <summary>Ids of published articles matching the words (for the API's q filter, at most <see cref="CountCap"/>).</summary>
    public async Task<IReadOnlyList<Guid>> MatchingIdsAsync(string query, CancellationToken ct) =>
        [.. (await SearchAsync(query, 0, CountCap, ct)).Hits.Select(h => h.MateriId)];

    /// <summary>Rebuilds the index from the published versions when it does not hold exactly the published articles.</summary>
    public async Task RebuildIfStaleAsync(CancellationToken ct)
    {
        var indexed = await db.Database.SqlQuery<int>($"""SELECT count(*) AS "Value" FROM "SearchIndex" """).SingleAsync(ct);
        if (indexed == await db.Materi.CountAsync(m => m.PublishedVersionId != null, ct))
        {
            return; // the usual start: nothing to read beyond two counts
        }

        var published = await db.Materi.AsNoTracking().Where(m => m.PublishedVersionId != null)
            .Select(m => new { m.Id, m.PublishedVersion!.Title, m.PublishedVersion.Summary, m.PublishedVersion.Body })
            .ToListAsync(ct);
        // One transaction, plain inserts into the emptied index: a row-by-row upsert would scan the index per row.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "SearchIndex" """, ct);
        foreach (var a in published)
        {
            await InsertAsync(a.Id, a.Title, a.Summary, a.Body, ct);
        }

        await transaction.CommitAsync(ct);
    }

    public static string PlainText(string html) =>
        Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html ?? string.Empty, " ")), " ").Trim();

    private static string Highlight(string snippet)
    {
        var encoded = new StringBuilder(WebUtility.HtmlEncode(snippet ?? string.Empty));
        return encoded.Replace(MarkStart.ToString(), "<mark>").Replace(MarkEnd.ToString(), "</mark>").ToString();
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.None, 1000)]
    private static partial Regex Word();

    [GeneratedRegex("<[^>]*>", RegexOptions.None, 1000)]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+", RegexOptions.None, 1000)]
    private static partial Regex Spaces();

    private sealed class Row
    {
        public string MateriId { get; set; } = string.Empty;

        public string Snippet { get; set; } = string.Empty;
    }
}
