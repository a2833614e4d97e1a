using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Materi;

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
public sealed partial class SearchIndex(SopDbContext db, SearchWordCounts wordCounts)
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
    /// On SQLite, how many of the newest matches are ranked with bm25. Ranking reads where each word stands in every
    /// candidate, so a word found in most articles would cost time in proportion to the whole archive; the newest
    /// candidates are ranked (best first) and older matches follow, newest first. A word with fewer matches is
    /// ranked in full. (At 100,000 articles, ranking 200 candidates instead of 100 cost 0.3 ms more per search.)
    /// </summary>
    public const int RankCandidates = 100;

    /// <summary>Ranked hits (best first) and how many match (at most <see cref="CountCap"/>).</summary>
    public async Task<SearchResult> SearchAsync(string query, int skip, int take, CancellationToken ct)
    {
        var words = Words(query);
        if (words.Count == 0)
        {
            return SearchResult.Empty;
        }

        var (hits, total) = IsPostgres ? await PostgresAsync(words, skip, take, ct) : await SqliteAsync(words, skip, take, ct);
        return new SearchResult(hits, Math.Min(total, CountCap), total > CountCap);
    }

    private static string PostgresQuery(IEnumerable<string> words) => string.Join(" & ", words.Select(w => w + ":*"));

    private async Task<(List<SearchHit> Hits, int Total)> PostgresAsync(IReadOnlyList<string> words, int skip, int take, CancellationToken ct)
    {
        var tsquery = PostgresQuery(words);
        var options = $"StartSel={MarkStart}, StopSel={MarkEnd}, MaxWords=35, MinWords=12, ShortWord=2";
        var total = await db.Database.SqlQuery<int>($"""SELECT count(*)::int AS "Value" FROM (SELECT 1 FROM "SearchIndex" WHERE "Dokumen" @@ to_tsquery('simple', {tsquery}) LIMIT {CountCap + 1}) AS capped""").SingleAsync(ct);
        var rows = await db.Database.SqlQuery<Row>($"""
            SELECT "MateriId"::text AS "MateriId", ts_headline('simple', "Ringkasan" || ' ' || "Isi", q, {options}) AS "Snippet"
            FROM "SearchIndex", to_tsquery('simple', {tsquery}) AS q
            WHERE "Dokumen" @@ q
            ORDER BY ts_rank("Dokumen", q) DESC, "MateriId"
            LIMIT {take} OFFSET {skip}
            """).ToListAsync(ct);
        return ([.. rows.Select(r => new SearchHit(Guid.Parse(r.MateriId), Highlight(r.Snippet)))], total);
    }

    /// <summary>
    /// FTS5 with a prefix index (see the SQLite Initial migration), so that a prefix query walks one doclist.
    /// The newest <see cref="RankCandidates"/> matches are ranked by <see cref="SqliteRanking"/> (bm25 with the
    /// words' document counts from <see cref="SearchWordCounts"/>); the rest follow by age (rowid order is the order
    /// in which live versions were indexed). The page's rows are read by rowid and their excerpts made by
    /// <see cref="SearchExcerpt"/>. The page's statement is kept prepared on the context's connection
    /// (<see cref="SqliteKeptStatements"/>); the counts are plain ADO.NET.
    /// </summary>
    private async Task<(List<SearchHit> Hits, int Total)> SqliteAsync(IReadOnlyList<string> words, int skip, int take, CancellationToken ct)
    {
        var match = MatchExpression(words);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            // Each word's document count is needed for ranking anyway; for one word it is also the number of matches.
            var counts = new long[words.Count];
            for (var i = 0; i < words.Count; i++)
            {
                var word = MatchExpression([words[i]]);
                counts[i] = await wordCounts.GetAsync(words[i], token => CountAsync(connection, """SELECT count(*) FROM "SearchIndex" WHERE "SearchIndex" MATCH $match""", word, token), ct);
            }

            var total = words.Count == 1
                ? counts[0]
                : await CountAsync(connection, $"""SELECT count(*) FROM (SELECT 1 FROM "SearchIndex" WHERE "SearchIndex" MATCH $match LIMIT {CountCap + 1})""", match, ct);
            var ranked = Math.Min(total, RankCandidates);
            var rows = new List<SearchHit>(take);
            if (skip < ranked)
            {
                SqliteRanking.EnsureRegistered(connection);
                Read(connection, RankedSqls[words.Count - 1], match, take, skip, counts, words, rows, ct);
            }

            if (total > RankCandidates && rows.Count < take)
            {
                Read(connection, OlderSql, match, take - rows.Count, Math.Max(0, skip - RankCandidates), [], words, rows, ct);
            }

            return (rows, (int)total);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string MatchExpression(IEnumerable<string> words) => string.Join(" ", words.Select(w => "\"" + w + "\"*"));

    private static async Task<long> CountAsync(SqliteConnection connection, string sql, string match, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$match", match);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Bm25 weights of the columns: materi_id (not indexed), judul, ringkasan, isi.</summary>
    private const string Weights = "0.0, 10.0, 4.0, 1.0";

    /// <summary>The newest <see cref="RankCandidates"/> matches, newest first (FTS5 walks its doclist backwards).</summary>
    private static string Candidates(string columns) =>
        $"""SELECT rowid AS id{columns} FROM "SearchIndex" WHERE "SearchIndex" MATCH $match ORDER BY rowid DESC LIMIT {RankCandidates}""";

    /// <summary>The page statement for each number of words, built once (the text is the key of its kept statement).</summary>
    private static readonly string[] RankedSqls = [.. Enumerable.Range(1, MaxWords).Select(RankedSql)];

    /// <summary>
    /// A page of the ranked candidates with their texts. The candidates are ranked once; the page's rows are then
    /// read by rowid (FTS5 looks each one up in its content table, without walking a doclist again).
    /// </summary>
    private static string RankedSql(int words)
    {
        var rank = $"""{SqliteRanking.FunctionName}("SearchIndex", {Weights}, {string.Join(", ", Enumerable.Range(0, words).Select(i => "$n" + i))})""";
        return $"""
            WITH candidates AS MATERIALIZED ({Candidates($", {rank} AS score")}),
                 page AS MATERIALIZED (SELECT id, score FROM candidates ORDER BY score, id DESC {Page})
            SELECT {Texts}
            FROM page CROSS JOIN "SearchIndex" AS s
            WHERE s.rowid = page.id
            ORDER BY page.score, page.id DESC
            """;
    }

    /// <summary>The id and the texts, in the order <see cref="SearchExcerpt"/> prefers them: body, summary, title.</summary>
    private const string Texts = "s.materi_id, s.isi, s.ringkasan, s.judul";

    /// <summary>Matches older than the ranked candidates, newest first.</summary>
    private static readonly string OlderSql = $"""
        SELECT {Texts}
        FROM "SearchIndex" AS s
        WHERE "SearchIndex" MATCH $match AND s.rowid < (SELECT min(id) FROM ({Candidates(string.Empty)}))
        ORDER BY s.rowid DESC
        {Page}
        """;

    /// <summary>
    /// The page's bounds as expressions: SQLite plans with the value of a LIMIT or OFFSET that is a bare parameter, so
    /// it prepares the statement again each time one is bound; an expression is read when the statement runs.
    /// </summary>
    private const string Page = "LIMIT $take + 0 OFFSET $skip + 0";

    private static void Read(
        SqliteConnection connection, string sql, string match, int take, int skip, long[] counts, IReadOnlyList<string> words, List<SearchHit> hits, CancellationToken ct)
    {
        SqliteKeptStatements.Query(
            connection,
            sql,
            statement =>
            {
                SqliteKeptStatements.Bind(statement, "$match", match);
                SqliteKeptStatements.Bind(statement, "$take", take);
                SqliteKeptStatements.Bind(statement, "$skip", skip);
                for (var i = 0; i < counts.Length; i++)
                {
                    SqliteKeptStatements.Bind(statement, "$n" + i, counts[i]);
                }
            },
            row => hits.Add(new SearchHit(
                Guid.Parse(SqliteKeptStatements.Text(row, 0)),
                SearchExcerpt.Html(words, [SqliteKeptStatements.Text(row, 1), SqliteKeptStatements.Text(row, 2), SqliteKeptStatements.Text(row, 3)]))),
            ct);
    }

    /// <summary>
    /// Ids of published articles matching the words (for the API's q filter): the newest <see cref="CountCap"/> on
    /// SQLite, the best ranked on PostgreSQL. No excerpts: the API orders and shows its page itself.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> MatchingIdsAsync(string query, CancellationToken ct)
    {
        var words = Words(query);
        if (words.Count == 0)
        {
            return [];
        }

        if (IsPostgres)
        {
            var tsquery = PostgresQuery(words);
            return await db.Database.SqlQuery<Guid>(
                $"""SELECT "MateriId" AS "Value" FROM "SearchIndex" WHERE "Dokumen" @@ to_tsquery('simple', {tsquery}) ORDER BY ts_rank("Dokumen", to_tsquery('simple', {tsquery})) DESC LIMIT {CountCap}""")
                .ToListAsync(ct);
        }

        var ids = await db.Database.SqlQuery<string>(
            $"""SELECT materi_id AS "Value" FROM "SearchIndex" WHERE "SearchIndex" MATCH {MatchExpression(words)} ORDER BY rowid DESC LIMIT {CountCap}""")
            .ToListAsync(ct);
        return [.. ids.Select(Guid.Parse)];
    }

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

        if (!IsPostgres)
        {
            // A bulk load leaves FTS5 with many segments, which every query then merges; FTS5's own advice after
            // one is to merge them into a single segment (at 100,000 articles: 17 segments, merged in 5 s).
            await db.Database.ExecuteSqlRawAsync("""INSERT INTO "SearchIndex" ("SearchIndex") VALUES ('optimize')""", ct);
        }

        await transaction.CommitAsync(ct);
    }

    /// <summary>Pages FTS5 writes at most in one <see cref="MergeStepAsync"/> (a short write transaction).</summary>
    public const int MergePages = 500;

    /// <summary>
    /// One step of FTS5's incremental merge on SQLite: segments of the same level are merged (usermerge 2), at most
    /// <see cref="MergePages"/> pages. Returns whether anything was merged (FTS5's own test: total_changes() grows
    /// by 2 or more). Nothing to do on PostgreSQL.
    /// </summary>
    public async Task<bool> MergeStepAsync(CancellationToken ct)
    {
        if (IsPostgres)
        {
            return false;
        }

        // total_changes() counts per connection: keep one open across the three statements.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await db.Database.ExecuteSqlRawAsync("""INSERT INTO "SearchIndex" ("SearchIndex", rank) VALUES ('usermerge', 2)""", ct);
            var before = await TotalChangesAsync(ct);
            await db.Database.ExecuteSqlAsync($"""INSERT INTO "SearchIndex" ("SearchIndex", rank) VALUES ('merge', {MergePages})""", ct);
            return await TotalChangesAsync(ct) - before >= 2;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        Task<long> TotalChangesAsync(CancellationToken token) =>
            db.Database.SqlQuery<long>($"""SELECT total_changes() AS "Value" """).SingleAsync(token);
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
