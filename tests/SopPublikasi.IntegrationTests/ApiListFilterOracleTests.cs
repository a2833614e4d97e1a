using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Materi;

namespace SopPublikasi.IntegrationTests;

/// <summary>
/// Every combination of the API list's filters (category, class, tag, dates around a WIB midnight) answers what
/// the same filters give when applied in memory to every published article: the order, the page and the total.
/// </summary>
public sealed class ApiListFilterOracleTests : IDisposable
{
    private readonly SopAppFactory _factory = new() { Environment = "Development" };

    public ApiListFilterOracleTests()
    {
        _factory.Settings["Demo:Enabled"] = "true";
        _factory.Settings["Api:PermitLimit"] = "100000"; // about 1,300 requests in a few seconds
    }

    public void Dispose() => _factory.Dispose();

    private sealed record Row(Guid Id, string Slug, int Category, KategoriInformasi? Klasifikasi, DateTimeOffset Published, List<string> Tags);

    [Fact]
    public async Task EveryCombination_AnswersWhatTheFiltersGiveInMemory()
    {
        using var client = Api.Anonymous(_factory);
        // The three demo articles, published around midnight WIB between 1 and 2 March 2026 (17:00 UTC), so that
        // a date filter is read in WIB: 23:30 WIB on the 1st, 00:10 WIB on the 2nd, and noon on the 2nd.
        var published = _factory.WithDb(db => db.Materi.Where(m => m.PublishedVersionId != null).OrderBy(m => m.Slug).Select(m => m.Id).ToList());
        Assert.Equal(3, published.Count);
        DateTimeOffset[] instants =
        [
            new(2026, 3, 1, 16, 30, 0, TimeSpan.Zero),
            new(2026, 3, 1, 17, 10, 0, TimeSpan.Zero),
            new(2026, 3, 2, 5, 0, 0, TimeSpan.Zero),
        ];
        // Tags as an editor types them, stored lower case; two articles share one.
        List<string>[] tagsOf = [["banjir", "kerja-bakti"], ["pelayanan"], ["banjir"]];
        for (var i = 0; i < published.Count; i++)
        {
            var (id, at, tagged) = (published[i], (DateTimeOffset?)instants[i], tagsOf[i]);
            _factory.WithDb(db => db.Materi.Where(m => m.Id == id).ExecuteUpdate(s => s.SetProperty(m => m.FirstPublishedAt, at)));
            var version = _factory.WithDb(db => db.Materi.Where(m => m.Id == id).Select(m => m.PublishedVersionId).Single());
            _factory.WithDb(db => db.MateriVersions.Where(v => v.Id == version).ExecuteUpdate(s => s.SetProperty(v => v.Tags, tagged)));
        }

        var rows = _factory.WithDb(db => db.Materi.Where(m => m.PublishedVersionId != null)
            .Select(m => new { m.Id, m.Slug, m.PublishedCategoryId, m.KategoriInformasi, m.FirstPublishedAt, m.PublishedVersion!.Tags })
            .AsEnumerable()
            .Select(m => new Row(m.Id, m.Slug, m.PublishedCategoryId!.Value, m.KategoriInformasi, m.FirstPublishedAt!.Value, m.Tags))
            .ToList());
        var categories = _factory.WithDb(db => db.Set<Category>().Select(c => new { c.Id, c.Slug }).ToList());
        Assert.Contains(categories, c => rows.All(r => r.Category != c.Id)); // a category without articles
        List<string?> tags = [null, "banjir", "pelayanan", "kerja-bakti", "tidak-ada"];
        (string Key, KategoriInformasi Value)[] classes = [("berkala", KategoriInformasi.Berkala), ("serta-merta", KategoriInformasi.SertaMerta), ("setiap-saat", KategoriInformasi.SetiapSaat)];
        string?[] days = [null, "2026-03-01", "2026-03-02"];
        var wib = TimeSpan.FromHours(7);

        var checkedCombinations = 0;
        foreach (var category in categories.Select(c => (Id: c.Id, Slug: (string?)c.Slug)).Prepend((Id: 0, Slug: null)))
        {
            foreach (var klasifikasi in classes.Select(c => ((string?)c.Key, (KategoriInformasi?)c.Value)).Prepend((null, null)))
            {
                foreach (var tag in tags)
                {
                    foreach (var from in days)
                    {
                        foreach (var to in days)
                        {
                            var expected = rows
                                .Where(r => category.Slug is null || r.Category == category.Id)
                                .Where(r => klasifikasi.Item2 is null || r.Klasifikasi == klasifikasi.Item2)
                                .Where(r => tag is null || r.Tags.Contains(tag))
                                .Where(r => from is null || DateOnly.FromDateTime(r.Published.ToOffset(wib).DateTime) >= DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture))
                                .Where(r => to is null || DateOnly.FromDateTime(r.Published.ToOffset(wib).DateTime) <= DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture))
                                .OrderByDescending(r => r.Published)
                                .Select(r => r.Slug)
                                .ToList();
                            var query = string.Concat(
                                category.Slug is null ? "" : "&kategori=" + category.Slug,
                                klasifikasi.Item1 is null ? "" : "&klasifikasi=" + klasifikasi.Item1,
                                tag is null ? "" : "&tag=" + Uri.EscapeDataString(tag.ToUpperInvariant()),
                                from is null ? "" : "&from=" + from,
                                to is null ? "" : "&to=" + to);
                            if (from is not null && to is not null && string.CompareOrdinal(from, to) > 0)
                            {
                                continue; // refused as bad input (tested elsewhere)
                            }

                            var first = await client.GetFromJsonAsync<JsonElement>("/api/v1/berita?pageSize=2" + query);
                            var second = await client.GetFromJsonAsync<JsonElement>("/api/v1/berita?page=2&pageSize=2" + query);
                            string[] slugs = [.. first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(i => i.GetProperty("slug").GetString()!)];
                            Assert.True(expected.SequenceEqual(slugs), $"{query}: expected [{string.Join(", ", expected)}], got [{string.Join(", ", slugs)}]");
                            Assert.Equal(expected.Count, first.GetProperty("total").GetInt32());
                            Assert.Equal(expected.Count, second.GetProperty("total").GetInt32());
                            checkedCombinations++;
                        }
                    }
                }
            }
        }

        Assert.True(checkedCombinations > 300, $"{checkedCombinations} combinations");
    }
}
