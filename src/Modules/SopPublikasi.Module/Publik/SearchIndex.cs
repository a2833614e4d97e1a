using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Publik;

/// <summary>A ranked search hit: the article and an excerpt, HTML-encoded, with the matched words in &lt;mark&gt;.</summary>
public sealed record SearchHit(Guid MateriId, string SnippetHtml);

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

    /// <summary>Ranked hits (best first) and how many match in all.</summary>
    public async Task<(IReadOnlyList<SearchHit> Hits, int Total)> SearchAsync(string query, int skip, int take, CancellationToken ct)
    {
        var words = Words(query);
        if (words.Count == 0)
        {
            return ([], 0);
        }

        List<Row> rows;
        int total;
        if (IsPostgres)
        {
            var tsquery = string.Join(" & ", words.Select(w => w + ":*"));
            var options = $"StartSel={MarkStart}, StopSel={MarkEnd}, MaxWords=35, MinWords=12, ShortWord=2";
            total = await db.Database.SqlQuery<int>($"""SELECT count(*)::int AS "Value" FROM "SearchIndex" WHERE "Dokumen" @@ to_tsquery('simple', {tsquery})""").SingleAsync(ct);
            rows = await db.Database.SqlQuery<Row>($"""
                SELECT "MateriId"::text AS "MateriId", ts_headline('simple', "Ringkasan" || ' ' || "Isi", q, {options}) AS "Snippet"
                FROM "SearchIndex", to_tsquery('simple', {tsquery}) AS q
                WHERE "Dokumen" @@ q
                ORDER BY ts_rank("Dokumen", q) DESC, "MateriId"
                LIMIT {take} OFFSET {skip}
                """).ToListAsync(ct);
        }
        else
        {
            var match = string.Join(" ", words.Select(w => "\"" + w + "\"*"));
            var start = MarkStart.ToString();
            var end = MarkEnd.ToString();
            total = await db.Database.SqlQuery<int>($"""SELECT count(*) AS "Value" FROM "SearchIndex" WHERE "SearchIndex" MATCH {match}""").SingleAsync(ct);
            rows = await db.Database.SqlQuery<Row>($"""
                SELECT materi_id AS "MateriId", snippet("SearchIndex", -1, {start}, {end}, '…', 24) AS "Snippet"
                FROM "SearchIndex"
                WHERE "SearchIndex" MATCH {match}
                ORDER BY bm25("SearchIndex", 0.0, 10.0, 4.0, 1.0)
                LIMIT {take} OFFSET {skip}
                """).ToListAsync(ct);
        }

        return ([.. rows.Select(r => new SearchHit(Guid.Parse(r.MateriId), Highlight(r.Snippet)))], total);
    }

    /// <summary>Ids of every published article matching the words (for the API's q filter, at most 1,000).</summary>
    public async Task<IReadOnlyList<Guid>> MatchingIdsAsync(string query, CancellationToken ct) =>
        [.. (await SearchAsync(query, 0, 1000, ct)).Hits.Select(h => h.MateriId)];

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
