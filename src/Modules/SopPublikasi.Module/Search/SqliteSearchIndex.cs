using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SopPublikasi.Data.Sqlite;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Search;

/// <summary>
/// SQLite: an FTS5 table with a prefix index (see the SQLite Initial migration), so that a prefix query walks one
/// doclist. The newest <see cref="RankCandidates"/> matches are ranked by bm25; older matches follow, newest first
/// (rowid order is the order in which live versions were indexed). The excerpts are made by
/// <see cref="SearchExcerpt"/> from the page's stored texts.
/// </summary>
/// <remarks>
/// The ranking is <see cref="SqliteRanking"/> (<c>sop_bm25</c>, in the project SopPublikasi.Data.Sqlite): FTS5's bm25
/// formula with each word's document count handed in from <see cref="SearchWordCounts"/>. FTS5's own <c>bm25()</c>
/// counts them on every query, a walk of most of the index for a common word: at 100,000 articles a search then
/// took 6 times the CPU time and its p99 was 144 ms under load instead of 34 (docs/benchmarks.md, session 11).
/// </remarks>
public sealed class SqliteSearchIndex(SopDbContext db, SearchWordCounts wordCounts) : SearchIndexBase(db)
{
    /// <summary>
    /// How many of the newest matches are ranked. Ranking reads where each word stands in every candidate, so a
    /// word found in most articles would cost time in proportion to the whole archive; the newest candidates are
    /// ranked (best first) and older matches follow, newest first. A word with fewer matches is ranked in full.
    /// </summary>
    public const int RankCandidates = 100;

    /// <summary>Pages FTS5 writes at most in one <see cref="MaintainStepAsync"/> (a short write transaction).</summary>
    public const int MergePages = 500;

    /// <summary>Bm25 weights of the columns: materi_id (not indexed), judul, ringkasan, isi.</summary>
    private const string Weights = "0.0, 10.0, 4.0, 1.0";

    /// <summary>The id and the texts, in the order <see cref="SearchExcerpt"/> prefers them: body, summary, title.</summary>
    private const string Texts = "s.materi_id, s.isi, s.ringkasan, s.judul";

    /// <summary>The newest <see cref="RankCandidates"/> matches, newest first (FTS5 walks its doclist backwards).</summary>
    private static string Candidates(string columns) =>
        $"""SELECT rowid AS id{columns} FROM "SearchIndex" WHERE "SearchIndex" MATCH $match ORDER BY rowid DESC LIMIT {RankCandidates}""";

    /// <summary>The page statement for each number of words (one document count parameter per word).</summary>
    private static readonly string[] RankedSqls = [.. Enumerable.Range(1, SearchWords.MaxWords).Select(RankedSql)];

    /// <summary>
    /// A page of the ranked candidates with their texts. The candidates are ranked once; the page's rows are then
    /// read by rowid (FTS5 looks each one up in its content table, without walking a doclist again).
    /// </summary>
    private static string RankedSql(int words) => $"""
        WITH candidates AS MATERIALIZED ({Candidates($", {SqliteRanking.FunctionName}(\"SearchIndex\", {Weights}, {string.Join(", ", Enumerable.Range(0, words).Select(i => "$n" + i))}) AS score")}),
             page AS MATERIALIZED (SELECT id, score FROM candidates ORDER BY score, id DESC LIMIT $take OFFSET $skip)
        SELECT {Texts}
        FROM page CROSS JOIN "SearchIndex" AS s
        WHERE s.rowid = page.id
        ORDER BY page.score, page.id DESC
        """;

    /// <summary>Matches older than the ranked candidates, newest first.</summary>
    private static readonly string OlderSql = $"""
        SELECT {Texts}
        FROM "SearchIndex" AS s
        WHERE "SearchIndex" MATCH $match AND s.rowid < (SELECT min(id) FROM ({Candidates(string.Empty)}))
        ORDER BY s.rowid DESC
        LIMIT $take OFFSET $skip
        """;

    private static readonly string CountSql =
        $"""SELECT count(*) FROM (SELECT 1 FROM "SearchIndex" WHERE "SearchIndex" MATCH $match LIMIT {SearchWords.CountCap + 1})""";

    public override async Task UpsertAsync(Guid materiId, string judul, string ringkasan, string isiHtml, CancellationToken ct)
    {
        await RemoveAsync(materiId, ct);
        await InsertAsync(materiId, judul, ringkasan, SearchWords.PlainText(isiHtml), ct);
    }

    protected override Task InsertAsync(Guid materiId, string judul, string ringkasan, string isi, CancellationToken ct) =>
        Db.Database.ExecuteSqlInterpolatedAsync(
            $"""INSERT INTO "SearchIndex" (materi_id, judul, ringkasan, isi) VALUES ({materiId.ToString()}, {judul}, {ringkasan}, {isi})""", ct);

    public override Task RemoveAsync(Guid materiId, CancellationToken ct) =>
        Db.Database.ExecuteSqlInterpolatedAsync($"""DELETE FROM "SearchIndex" WHERE materi_id = {materiId.ToString()}""", ct);

    public override async Task<SearchResult> SearchAsync(string query, int skip, int take, CancellationToken ct)
    {
        var words = SearchWords.Of(query);
        if (words.Count == 0)
        {
            return SearchResult.Empty;
        }

        var match = MatchExpression(words);
        var connection = (SqliteConnection)Db.Database.GetDbConnection();
        await Db.Database.OpenConnectionAsync(ct);
        try
        {
            // Each word's document count is needed for ranking anyway; for one word it is also the number of matches.
            var counts = new long[words.Count];
            for (var i = 0; i < words.Count; i++)
            {
                var word = MatchExpression([words[i]]);
                counts[i] = await wordCounts.GetAsync(words[i], token => CountAsync(connection, $"""SELECT count(*) FROM "SearchIndex" WHERE "SearchIndex" MATCH $match""", word, token), ct);
            }

            var total = (int)(words.Count == 1 ? counts[0] : await CountAsync(connection, CountSql, match, ct));
            var ranked = Math.Min(total, RankCandidates);
            var hits = new List<SearchHit>(take);
            if (skip < ranked)
            {
                SqliteRanking.EnsureRegistered(connection);
                var ranking = Command(connection, RankedSqls[words.Count - 1], match, take, skip);
                for (var i = 0; i < counts.Length; i++)
                {
                    ranking.Parameters.AddWithValue("$n" + i, counts[i]);
                }

                await ReadAsync(ranking, words, hits, ct);
            }

            if (total > RankCandidates && hits.Count < take)
            {
                await ReadAsync(Command(connection, OlderSql, match, take - hits.Count, Math.Max(0, skip - RankCandidates)), words, hits, ct);
            }

            return new SearchResult(hits, Math.Min(total, SearchWords.CountCap), total > SearchWords.CountCap);
        }
        finally
        {
            await Db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The newest matches.</summary>
    public override async Task<IReadOnlyList<Guid>> MatchingIdsAsync(string query, CancellationToken ct)
    {
        var words = SearchWords.Of(query);
        if (words.Count == 0)
        {
            return [];
        }

        var ids = await Db.Database.SqlQuery<string>(
            $"""SELECT materi_id AS "Value" FROM "SearchIndex" WHERE "SearchIndex" MATCH {MatchExpression(words)} ORDER BY rowid DESC LIMIT {SearchWords.CountCap}""")
            .ToListAsync(ct);
        return [.. ids.Select(Guid.Parse)];
    }

    /// <summary>
    /// A bulk load leaves FTS5 with many segments, which every query then merges; FTS5's own advice after one is to
    /// merge them into a single segment (at 100,000 articles: 17 segments, merged in 5 s).
    /// </summary>
    protected override Task AfterBulkLoadAsync(CancellationToken ct) =>
        Db.Database.ExecuteSqlRawAsync("""INSERT INTO "SearchIndex" ("SearchIndex") VALUES ('optimize')""", ct);

    /// <summary>
    /// One step of FTS5's incremental merge: segments of the same level are merged (usermerge 2), at most
    /// <see cref="MergePages"/> pages. Returns whether anything was merged (FTS5's own test: total_changes() grows
    /// by 2 or more).
    /// </summary>
    public override async Task<bool> MaintainStepAsync(CancellationToken ct)
    {
        // total_changes() counts per connection: keep one open across the three statements.
        await Db.Database.OpenConnectionAsync(ct);
        try
        {
            await Db.Database.ExecuteSqlRawAsync("""INSERT INTO "SearchIndex" ("SearchIndex", rank) VALUES ('usermerge', 2)""", ct);
            var before = await TotalChangesAsync(ct);
            await Db.Database.ExecuteSqlAsync($"""INSERT INTO "SearchIndex" ("SearchIndex", rank) VALUES ('merge', {MergePages})""", ct);
            return await TotalChangesAsync(ct) - before >= 2;
        }
        finally
        {
            await Db.Database.CloseConnectionAsync();
        }

        Task<long> TotalChangesAsync(CancellationToken token) =>
            Db.Database.SqlQuery<long>($"""SELECT total_changes() AS "Value" """).SingleAsync(token);
    }

    /// <summary>Every word as a quoted prefix phrase: FTS5 syntax in a query stays a word.</summary>
    private static string MatchExpression(IEnumerable<string> words) => string.Join(" ", words.Select(w => "\"" + w + "\"*"));

    private async Task<long> CountAsync(SqliteConnection connection, string sql, string match, CancellationToken ct)
    {
        await using var command = Command(connection, sql, match);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    private SqliteCommand Command(SqliteConnection connection, string sql, string match, int? take = null, int? skip = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = Db.Database.CurrentTransaction?.GetDbTransaction() as SqliteTransaction;
        command.Parameters.AddWithValue("$match", match);
        if (take is not null)
        {
            command.Parameters.AddWithValue("$take", take);
            command.Parameters.AddWithValue("$skip", skip);
        }

        return command;
    }

    private static async Task ReadAsync(SqliteCommand command, IReadOnlyList<string> words, List<SearchHit> hits, CancellationToken ct)
    {
        await using (command)
        {
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                hits.Add(new SearchHit(
                    Guid.Parse(reader.GetString(0)),
                    SearchExcerpt.Html(words, [reader.GetString(1), reader.GetString(2), reader.GetString(3)])));
            }
        }
    }
}
