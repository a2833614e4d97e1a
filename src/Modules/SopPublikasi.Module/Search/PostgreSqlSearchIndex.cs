using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Search;

/// <summary>
/// PostgreSQL: a tsvector column (title weighted A, summary B, body C) with a GIN index, prefix queries
/// (<c>word:*</c>), ts_rank over every match and ts_headline for the excerpt.
/// </summary>
public sealed class PostgreSqlSearchIndex(SopDbContext db) : SearchIndexBase(db)
{
    private const char MarkStart = '\u0001';
    private const char MarkEnd = '\u0002';

    public override Task UpsertAsync(Guid materiId, string judul, string ringkasan, string isiHtml, CancellationToken ct) =>
        InsertAsync(materiId, judul, ringkasan, SearchWords.PlainText(isiHtml), ct);

    /// <summary>Adds a row; an existing row of the article is replaced.</summary>
    protected override Task InsertAsync(Guid materiId, string judul, string ringkasan, string isi, CancellationToken ct) =>
        Db.Database.ExecuteSqlInterpolatedAsync(
            $"""INSERT INTO "SearchIndex" ("MateriId", "Judul", "Ringkasan", "Isi") VALUES ({materiId}, {judul}, {ringkasan}, {isi}) ON CONFLICT ("MateriId") DO UPDATE SET "Judul" = EXCLUDED."Judul", "Ringkasan" = EXCLUDED."Ringkasan", "Isi" = EXCLUDED."Isi" """, ct);

    public override Task RemoveAsync(Guid materiId, CancellationToken ct) =>
        Db.Database.ExecuteSqlInterpolatedAsync($"""DELETE FROM "SearchIndex" WHERE "MateriId" = {materiId}""", ct);

    public override async Task<SearchResult> SearchAsync(string query, int skip, int take, CancellationToken ct)
    {
        var words = SearchWords.Of(query);
        if (words.Count == 0)
        {
            return SearchResult.Empty;
        }

        var tsquery = TsQuery(words);
        var options = $"StartSel={MarkStart}, StopSel={MarkEnd}, MaxWords=35, MinWords=12, ShortWord=2";
        var total = await Db.Database.SqlQuery<int>($"""SELECT count(*)::int AS "Value" FROM (SELECT 1 FROM "SearchIndex" WHERE "Dokumen" @@ to_tsquery('simple', {tsquery}) LIMIT {SearchWords.CountCap + 1}) AS capped""").SingleAsync(ct);
        var rows = await Db.Database.SqlQuery<Row>($"""
            SELECT "MateriId"::text AS "MateriId", ts_headline('simple', "Ringkasan" || ' ' || "Isi", q, {options}) AS "Snippet"
            FROM "SearchIndex", to_tsquery('simple', {tsquery}) AS q
            WHERE "Dokumen" @@ q
            ORDER BY ts_rank("Dokumen", q) DESC, "MateriId"
            LIMIT {take} OFFSET {skip}
            """).ToListAsync(ct);
        return new SearchResult(
            [.. rows.Select(r => new SearchHit(Guid.Parse(r.MateriId), Highlight(r.Snippet)))],
            Math.Min(total, SearchWords.CountCap),
            total > SearchWords.CountCap);
    }

    /// <summary>The best ranked matches.</summary>
    public override async Task<IReadOnlyList<Guid>> MatchingIdsAsync(string query, CancellationToken ct)
    {
        var words = SearchWords.Of(query);
        if (words.Count == 0)
        {
            return [];
        }

        var tsquery = TsQuery(words);
        return await Db.Database.SqlQuery<Guid>(
            $"""SELECT "MateriId" AS "Value" FROM "SearchIndex" WHERE "Dokumen" @@ to_tsquery('simple', {tsquery}) ORDER BY ts_rank("Dokumen", to_tsquery('simple', {tsquery})) DESC LIMIT {SearchWords.CountCap}""")
            .ToListAsync(ct);
    }

    /// <summary>The GIN index is PostgreSQL's to keep.</summary>
    public override Task<bool> MaintainStepAsync(CancellationToken ct) => Task.FromResult(false);

    private static string TsQuery(IEnumerable<string> words) => string.Join(" & ", words.Select(w => w + ":*"));

    private static string Highlight(string snippet)
    {
        var encoded = new StringBuilder(WebUtility.HtmlEncode(snippet ?? string.Empty));
        return encoded.Replace(MarkStart.ToString(), "<mark>").Replace(MarkEnd.ToString(), "</mark>").ToString();
    }

    private sealed class Row
    {
        public string MateriId { get; set; } = string.Empty;

        public string Snippet { get; set; } = string.Empty;
    }
}
