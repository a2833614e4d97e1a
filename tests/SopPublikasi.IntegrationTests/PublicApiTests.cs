using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SopPublikasi.IntegrationTests.Infrastructure;

namespace SopPublikasi.IntegrationTests;

/// <summary>The public read API: filters, paging, ETags, categories and the DIP, against the demo articles.</summary>
public sealed class PublicApiTests : IDisposable
{
    private readonly SopAppFactory _factory;
    private readonly HttpClient _client;

    public PublicApiTests()
    {
        _factory = new SopAppFactory { Environment = "Development" };
        _factory.Settings["Demo:Enabled"] = "true";
        _client = Api.Anonymous(_factory);
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    private async Task<string[]> SlugsAsync(string query)
    {
        var page = await _client.GetFromJsonAsync<JsonElement>("/api/v1/berita?" + query);
        return [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()!)];
    }

    [Fact]
    public async Task List_Filters_NarrowTheResults()
    {
        Assert.Equal(3, (await SlugsAsync("pageSize=50")).Length);
        Assert.Equal(["pengumuman-jam-pelayanan-kantor-kecamatan-selama-libur-akhir-tahun"], await SlugsAsync("kategori=pengumuman"));
        Assert.Equal(["pengumuman-jam-pelayanan-kantor-kecamatan-selama-libur-akhir-tahun"], await SlugsAsync("klasifikasi=setiap-saat"));
        Assert.Equal(["kerja-bakti-bersama-menjelang-musim-hujan"], await SlugsAsync("q=BANJIR"));
        Assert.Empty(await SlugsAsync("tag=tidak-ada"));
        Assert.Empty(await SlugsAsync("from=2000-01-01&to=2000-12-31"));
    }

    [Fact]
    public async Task List_Paging_TotalAndPageSize()
    {
        var page = await _client.GetFromJsonAsync<JsonElement>("/api/v1/berita?page=2&pageSize=2");

        Assert.Equal(3, page.GetProperty("total").GetInt32());
        Assert.Equal(1, page.GetProperty("items").GetArrayLength());
        Assert.Equal(2, page.GetProperty("page").GetInt32());
    }

    [Fact]
    public async Task List_IfNoneMatchWithCurrentETag_304WithoutBody()
    {
        var first = await _client.GetAsync(new Uri("/api/v1/berita", UriKind.Relative));
        Assert.Contains("max-age", first.Headers.CacheControl!.ToString(), StringComparison.Ordinal);

        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/berita", UriKind.Relative));
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await _client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
    }

    [Fact]
    public async Task List_IfNoneMatchWithOldETag_200()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/berita", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"lama\""));

        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(request)).StatusCode);
    }

    [Theory]
    [InlineData("klasifikasi=dikecualikan", "klasifikasi")]
    [InlineData("from=2026-12-01&to=2026-11-01", "from")]
    [InlineData("from=kemarin", "from")]
    [InlineData("page=satu", "page")]
    public async Task List_BadFilter_400(string query, string field)
    {
        var response = await _client.GetAsync(new Uri("/api/v1/berita?" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains(field, body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Kategori_CountsPublishedArticles()
    {
        var categories = await _client.GetFromJsonAsync<JsonElement>("/api/v1/kategori");

        var berita = categories.EnumerateArray().Single(c => c.GetProperty("slug").GetString() == "berita-kegiatan");
        Assert.Equal(2, berita.GetProperty("jumlahTerbit").GetInt32());
    }

    [Fact]
    public async Task InformasiPublik_GroupedByPerkiCategoryWithDipFields()
    {
        var dip = await _client.GetFromJsonAsync<JsonElement>("/api/v1/informasi-publik");

        var groups = dip.GetProperty("kategori").EnumerateArray().ToDictionary(k => k.GetProperty("kode").GetString()!, k => k.GetProperty("items"));
        Assert.Equal(["berkala", "serta-merta", "setiap-saat"], groups.Keys);
        Assert.Equal(2, groups["berkala"].GetArrayLength());
        var item = groups["setiap-saat"][0];
        Assert.Equal("Sekretariat Kecamatan", item.GetProperty("unitPenguasa").GetString());
        Assert.Equal("Elektronik", item.GetProperty("bentuk").GetString());
        Assert.Equal("5 tahun", item.GetProperty("retensi").GetString());
        Assert.NotEqual(JsonValueKind.Null, dip.GetProperty("diperbarui").ValueKind);
    }
}
