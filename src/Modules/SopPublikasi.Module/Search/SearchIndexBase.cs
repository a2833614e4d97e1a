using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Materi;

namespace SopPublikasi.Module.Search;

/// <summary>What both indexes share: the table "SearchIndex" of the Initial migrations, and how it is rebuilt.</summary>
public abstract class SearchIndexBase(SopDbContext db) : ISearchIndex
{
    protected SopDbContext Db => db;

    public abstract Task UpsertAsync(Guid materiId, string judul, string ringkasan, string isiHtml, CancellationToken ct);

    public abstract Task RemoveAsync(Guid materiId, CancellationToken ct);

    public abstract Task<SearchResult> SearchAsync(string query, int skip, int take, CancellationToken ct);

    public abstract Task<IReadOnlyList<Guid>> MatchingIdsAsync(string query, CancellationToken ct);

    public abstract Task<bool> MaintainStepAsync(CancellationToken ct);

    /// <summary>A plain insert into the index (the row is known not to be there).</summary>
    protected abstract Task InsertAsync(Guid materiId, string judul, string ringkasan, string isi, CancellationToken ct);

    /// <summary>Called inside the rebuild's transaction after the bulk load.</summary>
    protected virtual Task AfterBulkLoadAsync(CancellationToken ct) => Task.CompletedTask;

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
            await InsertAsync(a.Id, a.Title, a.Summary, SearchWords.PlainText(a.Body), ct);
        }

        await AfterBulkLoadAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
