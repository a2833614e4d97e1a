using System.Net;
using System.Text.Json;
using SopPublikasi.IntegrationTests.Infrastructure;

namespace SopPublikasi.IntegrationTests.Abuse;

/// <summary>
/// Finding 9: input at the edge of a type's range answered 500: the API's dates at the ends of the calendar (the
/// WIB conversion left the representable range), page numbers whose offset overflowed, and a method no route serves
/// (TRACE). Any valid date is accepted (clamped to the range), any page number answers, and an unserved method is a
/// 405 with an Allow header.
/// </summary>
public sealed class ServerErrorAbuseTests : IClassFixture<AppFixture>
{
    private readonly AppFixture _app;

    public ServerErrorAbuseTests(AppFixture app) => _app = app;

    [Theory]
    [InlineData("from=0001-01-01")]
    [InlineData("to=9999-12-31")]
    [InlineData("from=0001-01-01&to=9999-12-31")]
    [InlineData("from=9999-12-31")]
    [InlineData("to=0001-01-01")]
    [InlineData("from=0001-01-02&to=9999-12-30")]
    public async Task BeritaDates_AtTheEndsOfTheCalendar_AnsweredAsAList(string query)
    {
        using var client = Api.Anonymous(_app.Factory);

        var response = await client.GetAsync(new Uri("/api/v1/berita?" + query, UriKind.Relative));

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{query}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(JsonValueKind.Array, (await response.JsonAsync()).GetProperty("items").ValueKind);
    }

    [Theory]
    [InlineData("/api/v1/berita?page=2147483647")]
    [InlineData("/api/v1/berita?page=2147483647&pageSize=50")]
    [InlineData("/api/v1/berita?page=2147483647&tag=a")]
    [InlineData("/api/v1/berita?page=2147483647&q=kegiatan")]
    [InlineData("/api/v1/berita?page=99999999999")]
    [InlineData("/api/v1/berita?pageSize=-2147483648")]
    [InlineData("/api/v1/berita?from=2026-02-30")]
    [InlineData("/api/v1/berita?from=10000-01-01")]
    public async Task Api_NumbersAndDatesAtTheEdge_NeverA500(string url)
    {
        using var client = Api.Anonymous(_app.Factory);

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.True((int)response.StatusCode is 200 or 400, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task DisposisiDates_AtTheEndsOfTheCalendar_StoredAndShownEverywhere()
    {
        using var ppid = await Api.ClientForAsync(_app.Factory, "ppid");
        var created = await ppid.PostJsonAsync("/api/v1/disposisi", new
        {
            nomorAgenda = "005/1/0001",
            tanggalDiterima = "0001-01-01",
            tanggalSurat = "0001-01-01",
            batasWaktu = "9999-12-31",
            tanggalDisposisi = "9999-12-31",
            asalSurat = "PPID",
            perihal = "Tanggal di ujung kalender",
            instruksi = new[] { "Untuk dipublikasikan" },
            diteruskanKepada = "Sekretaris",
        });
        Assert.True(created.StatusCode == HttpStatusCode.Created, $"{(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}");
        var id = (await created.JsonAsync()).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.OK, (await ppid.GetAsync(new Uri($"/api/v1/materi/{id}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ppid.GetAsync(new Uri("/api/v1/tugas", UriKind.Relative))).StatusCode);
        var agendaris = await _app.SignInAsync("agendaris");
        foreach (var url in new[] { "/admin", $"/admin/materi/{id}", $"/admin/materi/{id}/cetak" })
        {
            var page = await agendaris.GetAsync(url);
            Assert.True(page.Status == HttpStatusCode.OK, $"{url}: {(int)page.Status}");
        }
    }

    [Theory]
    [InlineData("/cari?q=kegiatan&halaman=2147483647")]
    [InlineData("/cari?q=kegiatan&halaman=-2147483648")]
    [InlineData("/berita?halaman=2147483647")]
    [InlineData("/berita?halaman=99999999999")]
    public async Task PublicPages_PageNumbersAtTheEdge_NeverA500(string url)
    {
        var page = await _app.Anonymous().GetAsync(url);

        Assert.True(page.Status == HttpStatusCode.OK, $"{url}: {(int)page.Status}");
    }

    [Theory]
    [InlineData("TRACE", "/")]
    [InlineData("TRACE", "/berita")]
    [InlineData("TRACE", "/api/v1/berita")]
    [InlineData("PROPFIND", "/admin/masuk")]
    [InlineData("DELETE", "/rss.xml")]
    public async Task MethodNoRouteServes_405WithAllow(string method, string url)
    {
        using var client = Api.Anonymous(_app.Factory);
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative));

        var response = await client.SendAsync(request);

        Assert.True(response.StatusCode == HttpStatusCode.MethodNotAllowed, $"{method} {url}: {(int)response.StatusCode}");
        Assert.Contains("GET", response.Content.Headers.Allow);
    }
}
