using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Search;

/// <summary>At start-up the search index is rebuilt if it does not hold exactly the published articles (after the demo data).</summary>
public sealed class SearchIndexSeeder(ISearchIndex search) : IDataSeeder
{
    public int Order => 200;

    public Task SeedAsync(CancellationToken ct) => search.RebuildIfStaleAsync(ct);
}
