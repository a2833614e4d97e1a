using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Publik;
using SopPublikasi.Module.Search;

namespace SopPublikasi.IntegrationTests;

/// <summary>The public website on the demo data: pages, feeds, sitemap, link previews, search, and freshness after approval.</summary>
public sealed class PublicSiteTests : IDisposable
{
    private readonly SopAppFactory _factory;
    private readonly Browser _visitor;

    public PublicSiteTests()
    {
        _factory = new SopAppFactory { Environment = "Development" };
        _factory.Settings["Demo:Enabled"] = "true";
        _visitor = new Browser(_factory);
    }

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("/", "Berita Terbaru")]
    [InlineData("/berita", "Musyawarah Perencanaan Pembangunan")]
    [InlineData("/kategori/pengumuman", "Pengumuman Jam Pelayanan")]
    [InlineData("/pengumuman", "Pengumuman Jam Pelayanan")]
    [InlineData("/agenda", "Belum ada materi")]
    [InlineData("/ppid", "Informasi berkala")]
    [InlineData("/kontak", "Jam layanan")]
    [InlineData("/profil", "Sejarah")]
    [InlineData("/profil/visi-misi", "Visi dan Misi")]
    [InlineData("/layanan", "Standar Pelayanan")]
    [InlineData("/cari", "Kata yang dicari")]
    public async Task Page_Ok_InIndonesian(string url, string text)
    {
        var page = await _visitor.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(text, page.Text(), StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("main#konten"));
        Assert.NotNull(page.Document.QuerySelector("a.skip[href='#konten']"));
    }

    [Theory]
    [InlineData("/kategori/tidak-ada")]
    [InlineData("/profil/tidak-ada")]
    [InlineData("/berita/tidak-ada")]
    public async Task UnknownPage_FriendlyNotFound(string url)
    {
        var page = await _visitor.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("Halaman tidak ditemukan", page.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/rss.xml")]
    [InlineData("/atom.xml")]
    public async Task Feed_ParsesWithSyndication_NewestFirst(string url)
    {
        await using var stream = await _visitor.Http.GetStreamAsync(new Uri(url, UriKind.Relative));
        using var reader = XmlReader.Create(stream);

        var feed = SyndicationFeed.Load(reader);

        Assert.Equal(3, feed.Items.Count());
        Assert.Equal("Kerja Bakti Bersama Menjelang Musim Hujan", feed.Items.First().Title.Text);
        Assert.All(feed.Items, i => Assert.StartsWith("https://kecamatan-contoh.karanganyarkab.go.id/berita/", i.Links[0].Uri.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sitemap_ListsArticlesWithLastmod()
    {
        var xml = XDocument.Parse(await _visitor.Http.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

        var urls = xml.Root!.Elements(ns + "url").ToList();
        var article = urls.Single(u => u.Element(ns + "loc")!.Value.EndsWith("/berita/kerja-bakti-bersama-menjelang-musim-hujan", StringComparison.Ordinal));
        Assert.True(DateTimeOffset.TryParse(article.Element(ns + "lastmod")!.Value, out _));
        Assert.Contains(urls, u => u.Element(ns + "loc")!.Value.EndsWith("/ppid", StringComparison.Ordinal));
        Assert.Contains(urls, u => u.Element(ns + "loc")!.Value.EndsWith("/ppid/permohonan", StringComparison.Ordinal));
        Assert.DoesNotContain(urls, u => u.Element(ns + "loc")!.Value.Contains("/ppid/lacak", StringComparison.Ordinal)); // private
        Assert.Contains("Sitemap: https://kecamatan-contoh.karanganyarkab.go.id/sitemap.xml", await _visitor.Http.GetStringAsync(new Uri("/robots.txt", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sitemap_ValidAgainstTheSitemapsOrgXsd()
    {
        var file = Path.Combine(Path.GetTempPath(), $"sitemap-{Guid.NewGuid():N}.xml");
        await File.WriteAllTextAsync(file, await _visitor.Http.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));

        var (exitCode, output) = await TestAssets.RunAsync("xmllint", "--noout", "--schema", TestAssets.SitemapXsd, file);
        File.Delete(file);

        Assert.True(exitCode == 0, output);
        Assert.Contains("validates", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_HasCanonicalOpenGraphTwitterCardAndNewsArticleJsonLd()
    {
        var page = await _visitor.GetAsync("/berita/musyawarah-perencanaan-pembangunan-kecamatan-tahun-2027");
        string? Meta(string selector) => page.Document.QuerySelector(selector)?.GetAttribute("content");

        Assert.Equal("https://kecamatan-contoh.karanganyarkab.go.id/berita/musyawarah-perencanaan-pembangunan-kecamatan-tahun-2027", page.Document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal("Musyawarah Perencanaan Pembangunan Kecamatan Tahun 2027", Meta("meta[property='og:title']"));
        Assert.Equal("article", Meta("meta[property='og:type']"));
        Assert.StartsWith("Camat membuka Musrenbang", Meta("meta[property='og:description']"), StringComparison.Ordinal);
        Assert.NotNull(Meta("meta[name='twitter:card']"));
        var jsonLd = JsonDocument.Parse(page.Document.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("NewsArticle", jsonLd.GetProperty("@type").GetString());
        Assert.Equal("Musyawarah Perencanaan Pembangunan Kecamatan Tahun 2027", jsonLd.GetProperty("headline").GetString());
        Assert.EndsWith("+07:00", jsonLd.GetProperty("datePublished").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_WordOnlyInTheBody_FoundWithHighlight()
    {
        var page = await _visitor.GetAsync("/cari?q=irigasi");

        var results = page.Document.QuerySelectorAll(".cards article").ToList();
        var hit = Assert.Single(results);
        Assert.Contains("Musyawarah Perencanaan Pembangunan", hit.TextContent, StringComparison.Ordinal);
        Assert.Equal("irigasi", hit.QuerySelector(".snippet mark")?.TextContent);
    }

    [Theory]
    [InlineData("musren", "Musyawarah Perencanaan Pembangunan Kecamatan Tahun 2027")]
    [InlineData("KERJA bakti", "Kerja Bakti Bersama Menjelang Musim Hujan")]
    [InlineData("layanan libur", "Pengumuman Jam Pelayanan Kantor Kecamatan Selama Libur Akhir Tahun")]
    public async Task Search_PrefixAndAllWords_BestMatchFirst(string query, string first)
    {
        var page = await _visitor.GetAsync("/cari?q=" + Uri.EscapeDataString(query));

        Assert.Equal(first, page.Document.QuerySelector(".cards article h2")?.TextContent.Trim());
    }

    [Fact]
    public async Task Search_TitleMatchRanksAboveBodyMatch()
    {
        // "kecamatan" is in two titles and in bodies; "pembangunan" only in one title: that article comes first.
        var page = await _visitor.GetAsync("/cari?q=pembangunan");

        Assert.Equal("Musyawarah Perencanaan Pembangunan Kecamatan Tahun 2027", page.Document.QuerySelector(".cards article h2")?.TextContent.Trim());
    }

    [Fact]
    public async Task Search_NoMatchOrOnlySymbols_FriendlyEmptyResult()
    {
        Assert.Contains("Tidak ada materi yang cocok", (await _visitor.GetAsync("/cari?q=zzzqqq")).Text(), StringComparison.Ordinal);
        Assert.Contains("0 hasil", (await _visitor.GetAsync("/cari?q=%22%2A%28%29")).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchIndex_LostRows_RebuiltWholeAndConsistent()
    {
        _ = _factory.Server;
        _factory.WithDb(db => db.Database.ExecuteSqlRaw("""DELETE FROM "SearchIndex" """));

        using (var scope = _factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<ISearchIndex>().RebuildIfStaleAsync(CancellationToken.None);
        }

        if (!TestDatabase.IsPostgreSql)
        {
            // FTS5 checks its merged segment against the stored text (an error here fails the test).
            _factory.WithDb(db => db.Database.ExecuteSqlRaw("""INSERT INTO "SearchIndex" ("SearchIndex") VALUES ('integrity-check')"""));
        }

        var page = await _visitor.GetAsync("/cari?q=irigasi");
        Assert.Equal("irigasi", page.Document.QuerySelector(".cards article .snippet mark")?.TextContent);
        Assert.Equal(3, _factory.WithDb(db => db.Database.SqlQuery<int>($"""SELECT count(*) AS "Value" FROM "SearchIndex" """).Single()));
    }

    private static readonly string[] CachedLists = ["/", "/kategori/berita-kegiatan", "/rss.xml", "/atom.xml", "/sitemap.xml", "/ppid", "/api/v1/berita?pageSize=5"];

    [Fact]
    public async Task Approval_NextRequestShowsTheArticleOnEveryCachedList()
    {
        const string title = "Posyandu Balita Serentak di Seluruh Desa";
        var totalBefore = await ApiTotalAsync();
        var berkalaBefore = await ApiTotalAsync("&klasifikasi=berkala"); // a filtered list's total is kept too
        foreach (var url in CachedLists)
        {
            Assert.DoesNotContain(title, await _visitor.Http.GetStringAsync(new Uri(url, UriKind.Relative)), StringComparison.Ordinal); // now cached
        }

        var id = _factory.WithDb(db => db.Materi.Single(m => m.State == SopPublikasi.Module.Workflow.WorkflowState.Verifikasi).Id);
        var verifikator = await Browser.SignInAsync(_factory, "verifikator", "Demo#2026sop");
        await Sop.ActOkAsync(verifikator, id, "setujui", new() { ["Input.Klasifikasi"] = "berkala" });

        Assert.Contains(title, (await _visitor.GetAsync("/cari?q=posyandu")).Text(), StringComparison.Ordinal);
        foreach (var url in CachedLists)
        {
            Assert.Contains(url == "/sitemap.xml" ? "posyandu-balita-serentak-di-seluruh-desa" : title, await _visitor.Http.GetStringAsync(new Uri(url, UriKind.Relative)), StringComparison.Ordinal);
        }

        Assert.Equal(totalBefore + 1, await ApiTotalAsync()); // the kept list total was dropped with the lists
        Assert.Equal(berkalaBefore + 1, await ApiTotalAsync("&klasifikasi=berkala"));
    }

    private async Task<int> ApiTotalAsync(string filter = "") =>
        JsonDocument.Parse(await _visitor.Http.GetStringAsync(new Uri("/api/v1/berita?pageSize=5" + filter, UriKind.Relative))).RootElement.GetProperty("total").GetInt32();

    [Fact]
    public async Task ProfilePage_EditedInAdmin_PublicCopyUpdatedAtOnce()
    {
        Assert.DoesNotContain("Kecamatan berdiri tahun 1950", (await _visitor.GetAsync("/profil/sejarah")).Text(), StringComparison.Ordinal);
        var admin = await Browser.SignInAsync(_factory, "admin", "Demo#2026sop");

        var saved = await admin.SubmitAsync("/admin/halaman/sejarah", "form.card", new() { ["Input.Judul"] = "Sejarah", ["Input.Isi"] = "<p>Kecamatan berdiri tahun 1950.</p><script>alert(1)</script>" });

        Assert.Contains("disimpan", saved.Text(), StringComparison.Ordinal);
        var page = await _visitor.GetAsync("/profil/sejarah");
        Assert.Contains("Kecamatan berdiri tahun 1950", page.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("alert(1)", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Footer_AdminLink_FromThePageName_OnEveryPublicPage()
    {
        // Generated once from the page name (PageLinks), the same address the anchor tag helper gave.
        foreach (var url in new[] { "/", "/berita", "/ppid" })
        {
            Assert.Contains("<a href=\"/admin\">Masuk pengelola</a>", (await _visitor.GetAsync(url)).Html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PublicPage_CompressedWithBrotli_AdminNot()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/berita", UriKind.Relative));
        request.Headers.AcceptEncoding.ParseAdd("br");
        var response = await _visitor.Http.SendAsync(request);

        Assert.Contains("br", response.Content.Headers.ContentEncoding);

        using var admin = new HttpRequestMessage(HttpMethod.Get, new Uri("/admin/masuk", UriKind.Relative));
        admin.Headers.AcceptEncoding.ParseAdd("br");
        Assert.Empty((await _visitor.Http.SendAsync(admin)).Content.Headers.ContentEncoding);
    }
}
