using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Search;

namespace SopPublikasi.IntegrationTests;

/// <summary>
/// Search over more matches than are ranked or counted: the newest candidates are ranked, older matches follow by
/// age, every match can be reached page by page, and the count stops at the cap. (Bounded ranking is SQLite's; on
/// PostgreSQL every match is ranked and the rest of the test holds.)
/// </summary>
public sealed class SearchScaleTests : IDisposable
{
    private const int Matches = SearchWords.CountCap + 1;
    private readonly SopAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ManyMatches_NewestCandidatesRanked_OlderFollow_CountCapped()
    {
        _ = _factory.Server; // start: migrations applied
        var ids = Enumerable.Range(0, Matches).Select(_ => Guid.NewGuid()).ToList();
        using (var scope = _factory.Services.CreateScope())
        {
            var index = scope.ServiceProvider.GetRequiredService<ISearchIndex>();
            for (var i = 0; i < Matches; i++)
            {
                // The oldest row and one of the newest have the word in their title; all others only in the body.
                var title = i is 0 || i == Matches - 5 ? "Pentas wayang kulit" : $"Kabar desa {i}";
                await index.UpsertAsync(ids[i], title, "Ringkasan", $"<p>Malam ini ada wayang di balai desa nomor {i}.</p>", CancellationToken.None);
            }
        }

        using var search = _factory.Services.CreateScope();
        var searchIndex = search.ServiceProvider.GetRequiredService<ISearchIndex>();
        var first = await searchIndex.SearchAsync("wayang", 0, 20, CancellationToken.None);

        Assert.Equal(SearchWords.CountCap, first.Total);
        Assert.True(first.TotalCapped);
        Assert.Contains("<mark>wayang</mark>", first.Hits[0].SnippetHtml, StringComparison.Ordinal);
        if (TestDatabase.IsPostgreSql)
        {
            // PostgreSQL ranks every match (GIN index, ts_rank): both title matches come first.
            Assert.Equal(new[] { ids[0], ids[Matches - 5] }.Order(), first.Hits.Take(2).Select(h => h.MateriId).Order());
        }
        else
        {
            Assert.Equal(ids[Matches - 5], first.Hits[0].MateriId); // the title match among the ranked newest
        }

        var seen = new List<Guid>();
        for (var skip = 0; skip < Matches; skip += 30)
        {
            seen.AddRange((await searchIndex.SearchAsync("wayang", skip, 30, CancellationToken.None)).Hits.Select(h => h.MateriId));
        }

        Assert.Equal(Matches, seen.Count);
        Assert.Equal(Matches, seen.Distinct().Count());
        if (TestDatabase.IsPostgreSql)
        {
            return;
        }

        Assert.Equal(ids[0], seen[^1]); // the old title match is not ranked: it comes last, by age
        Assert.Equal(ids[Matches - SqliteSearchIndex.RankCandidates - 1], seen[SqliteSearchIndex.RankCandidates]); // older ones newest first
    }

    [Fact]
    public async Task PublicationsOneByOne_MergedInSteps_EveryOneStillFound()
    {
        _ = _factory.Server;
        var merger = _factory.Services.GetRequiredService<SearchIndexMerger>();
        var ids = Enumerable.Range(0, 12).Select(_ => Guid.NewGuid()).ToList();
        using (var scope = _factory.Services.CreateScope())
        {
            var index = scope.ServiceProvider.GetRequiredService<ISearchIndex>();
            foreach (var (id, i) in ids.Select((id, i) => (id, i)))
            {
                // One write each, as a publication is: on SQLite every one leaves its own small FTS5 segment.
                await index.UpsertAsync(id, $"Gending {i}", "Ringkasan", "<p>Latihan karawitan di pendapa.</p>", CancellationToken.None);
            }
        }

        var steps = 0;
        while (await merger.DispatchDueAsync(CancellationToken.None) > 0)
        {
            steps++;
        }

        if (TestDatabase.IsPostgreSql)
        {
            Assert.Equal(0, steps); // the GIN index is PostgreSQL's to keep
        }
        else
        {
            Assert.InRange(steps, 1, 20);
            Assert.Equal(0, await merger.DispatchDueAsync(CancellationToken.None)); // nothing left to merge
            _factory.WithDb(db => db.Database.ExecuteSqlRaw("""INSERT INTO "SearchIndex" ("SearchIndex") VALUES ('integrity-check')"""));
        }

        using var search = _factory.Services.CreateScope();
        var found = await search.ServiceProvider.GetRequiredService<ISearchIndex>().SearchAsync("karawitan", 0, 20, CancellationToken.None);
        Assert.Equal(ids.Order(), found.Hits.Select(h => h.MateriId).Order());
        Assert.Equal(12, found.Total);
    }

    [Fact]
    public async Task ManyPages_OneConnection_RankedAndOlderPagesForOneWordAndTwo()
    {
        _ = _factory.Server;
        var ids = Enumerable.Range(0, SqliteSearchIndex.RankCandidates + 30).Select(_ => Guid.NewGuid()).ToList();
        using (var scope = _factory.Services.CreateScope())
        {
            var index = scope.ServiceProvider.GetRequiredService<ISearchIndex>();
            foreach (var (id, i) in ids.Select((id, i) => (id, i)))
            {
                await index.UpsertAsync(id, $"Kabar desa {i}", "Ringkasan", "<p>Kerja bakti membersihkan saluran air.</p>", CancellationToken.None);
            }
        }

        using var search = _factory.Services.CreateScope();
        var db = search.ServiceProvider.GetRequiredService<Module.Data.SopDbContext>();
        var searchIndex = search.ServiceProvider.GetRequiredService<ISearchIndex>();
        await db.Database.OpenConnectionAsync(); // one connection for every page (the searches nest inside)
        foreach (var query in new[] { "bakti", "bakti saluran" })
        {
            var seen = new List<Guid>();
            for (var skip = 0; skip < ids.Count; skip += 12)
            {
                seen.AddRange((await searchIndex.SearchAsync(query, skip, 12, CancellationToken.None)).Hits.Select(h => h.MateriId));
            }

            Assert.Equal(ids.Order(), seen.Order()); // every match once, across the ranked pages and the older ones
        }

        Assert.Equal(System.Data.ConnectionState.Open, db.Database.GetDbConnection().State); // the caller's connection stays open
        await db.Database.CloseConnectionAsync();
    }
}
