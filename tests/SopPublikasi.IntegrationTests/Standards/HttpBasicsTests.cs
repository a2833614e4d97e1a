using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SopPublikasi.IntegrationTests.Infrastructure;

namespace SopPublikasi.IntegrationTests.Standards;

/// <summary>
/// Issue 21, "HTTP basics": HEAD answers like GET without a body on every route (it was 405 on the feeds, the
/// sitemap, robots.txt, media, the API and the OpenAPI document); <c>&lt;time datetime&gt;</c> values are valid HTML
/// (at most three digits of a second); the Atom feed names an author (RFC 4287 4.1.1).
/// </summary>
public sealed partial class HttpBasicsTests : IDisposable
{
    private const string Article = "/berita/kerja-bakti-bersama-menjelang-musim-hujan";
    private readonly SopAppFactory _factory;
    private readonly Browser _visitor;

    public HttpBasicsTests()
    {
        _factory = new SopAppFactory { Environment = "Development" };
        _factory.Settings["Demo:Enabled"] = "true";
        _visitor = new Browser(_factory);
    }

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("/")]
    [InlineData(Article)]
    [InlineData("/ppid")]
    [InlineData("/rss.xml")]
    [InlineData("/atom.xml")]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    [InlineData("/api/v1/berita")]
    [InlineData("/api/v1/berita/kerja-bakti-bersama-menjelang-musim-hujan")]
    [InlineData("/api/v1/kategori")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/healthz")]
    [InlineData("/tidak-ada-halaman-ini")]
    [InlineData("/api/v1/berita/tidak-ada")]
    [InlineData("/api/v1/materi")]
    public async Task Head_AnswersLikeGet_WithoutABody(string url) => await AssertHeadLikeGetAsync(url);

    [Fact]
    public async Task Head_OnAPublicPhoto_AnswersLikeGet_WithoutABody()
    {
        var photo = (await _visitor.GetAsync(Article)).Document.QuerySelectorAll("img[src^='/media/']").Select(i => i.GetAttribute("src")!).First();

        await AssertHeadLikeGetAsync(photo);
    }

    [Fact]
    public async Task Head_OnARouteThatServesNoGet_Is405WithAllow_LikeGet()
    {
        using var get = await _visitor.Http.GetAsync(new Uri("/api/v1/disposisi", UriKind.Relative));
        using var head = await SendHeadAsync("/api/v1/disposisi");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.Allow, head.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("/")]
    [InlineData(Article)]
    [InlineData("/ppid")]
    public async Task TimeDatetime_IsAValidHtmlDateTime(string url)
    {
        var times = (await _visitor.GetAsync(url)).Document.QuerySelectorAll("time[datetime]").Select(t => t.GetAttribute("datetime")!).ToList();

        Assert.NotEmpty(times);
        // HTML's "valid global date and time string": seconds with at most three fraction digits, then Z or ±hh:mm.
        Assert.All(times, t => Assert.Matches(GlobalDateTime(), t));
    }

    [Fact]
    public async Task AtomFeed_NamesAnAuthor()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(await _visitor.Http.GetStringAsync(new Uri("/atom.xml", UriKind.Relative))).Root!;

        var entries = feed.Elements(atom + "entry").ToList();
        Assert.NotEmpty(entries);
        // Either the feed or every entry names an author with a name.
        var feedAuthor = feed.Elements(atom + "author").Select(a => a.Element(atom + "name")?.Value).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n));
        Assert.True(feedAuthor is not null || entries.All(e => e.Element(atom + "author")?.Element(atom + "name") is not null), feed.ToString());
    }

    private async Task AssertHeadLikeGetAsync(string url)
    {
        using var get = await _visitor.Http.GetAsync(new Uri(url, UriKind.Relative));
        using var head = await SendHeadAsync(url);

        Assert.True(get.StatusCode == head.StatusCode, $"{url}: GET {(int)get.StatusCode}, HEAD {(int)head.StatusCode}");
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    private Task<HttpResponseMessage> SendHeadAsync(string url) =>
        _visitor.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(url, UriKind.Relative)));

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex GlobalDateTime();
}
