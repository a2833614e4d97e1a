using System.Net;
using System.Text.Json;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.CrossPosting;
using SopPublikasi.Module.Demo;
using SopPublikasi.Module.Site;

namespace SopPublikasi.IntegrationTests;

/// <summary>
/// The office's identity (issue 22): the logo set on the site settings page and everything made from it (favicon,
/// app icons, header, kop surat, link previews, JSON-LD publisher logo), the footer's social accounts and office
/// hours, and the Beranda's headline, sambutan and service shortcuts.
/// </summary>
public sealed class IdentityTests : IDisposable
{
    private const string Root = "https://kecamatan-contoh.karanganyarkab.go.id";

    /// <summary>The demo accounts' password (this class runs on the demo data).</summary>
    private const string DemoPassword = "Demo#2026sop";

    private readonly SopAppFactory _factory;
    private readonly Browser _visitor;

    public IdentityTests()
    {
        _factory = new SopAppFactory { Environment = "Development" };
        _factory.Settings["Demo:Enabled"] = "true";
        _factory.Settings["CrossPosting:Channels:log:ProfilUrl"] = "https://www.facebook.com/kecamatan.contoh";
        _factory.Settings["CrossPosting:Channels:log-mati:ProfilUrl"] = "https://www.instagram.com/akun.mati";
        _factory.Settings["CrossPosting:Channels:log-kedua:ProfilUrl"] = "https://x.com/dimatikan_admin";
        _visitor = new Browser(_factory);
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Favicon_IsAnIconOnEveryPage_NeverNotFound_AndChangesWithTheLogo()
    {
        var (status, type, before) = await FetchAsync("/favicon.ico");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("image/x-icon", type);
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, before[..4]); // an ICO header

        foreach (var url in new[] { "/", "/ppid", "/berita", "/tidak-ada-halaman-ini" })
        {
            var page = await _visitor.GetAsync(url);
            var icons = page.Document.QuerySelectorAll("link[rel=icon], link[rel=apple-touch-icon], img.brand-logo")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")).ToList();
            Assert.Equal(4, icons.Count);
            foreach (var icon in icons)
            {
                var (iconStatus, iconType, _) = await FetchAsync(icon!);
                Assert.True(iconStatus == HttpStatusCode.OK, $"{icon} on {url}: {iconStatus}");
                Assert.StartsWith("image/", iconType, StringComparison.Ordinal);
            }
        }

        var oldHeaderLogo = (await _visitor.GetAsync("/")).Document.QuerySelector("img.brand-logo")!.GetAttribute("src")!;
        var admin = await Browser.SignInAsync(_factory, "admin", DemoPassword);
        var saved = await admin.SubmitAsync("/admin/situs", "main form[method=post]", [], [("Logo", "logo-baru.jpg", DemoPictures.Landscape(1, 600, 400))]);
        Assert.True(saved.Errors().Length == 0, saved.Errors());

        var (_, _, after) = await FetchAsync("/favicon.ico");
        Assert.NotEqual(before, after);
        var newHeaderLogo = (await _visitor.GetAsync("/")).Document.QuerySelector("img.brand-logo")!.GetAttribute("src")!;
        Assert.NotEqual(oldHeaderLogo, newHeaderLogo); // a new versioned address: caches never show the old logo

        using var versioned = await _visitor.Http.GetAsync(new Uri(newHeaderLogo, UriKind.Relative));
        Assert.Contains("immutable", versioned.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        using var favicon = await _visitor.Http.GetAsync(new Uri("/favicon.ico", UriKind.Relative));
        Assert.DoesNotContain("immutable", favicon.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.NotNull(favicon.Headers.ETag);
    }

    [Fact]
    public async Task LogoUpload_NotAnImageOrSvg_RefusedBesideTheField_NothingSaved()
    {
        var admin = await Browser.SignInAsync(_factory, "admin", DemoPassword);
        var logoBefore = LogoSetting();

        var text = await admin.SubmitAsync("/admin/situs", "main form[method=post]", [], [("Logo", "logo.png", "bukan gambar sama sekali"u8.ToArray())]);
        Assert.Contains("PNG, JPEG, atau WebP", text.Document.QuerySelector("[data-valmsg-for='Logo']")?.TextContent, StringComparison.Ordinal);

        var svg = await admin.SubmitAsync("/admin/situs", "main form[method=post]", [], [("Logo", "lambang.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"u8.ToArray())]);
        Assert.Contains("SVG tidak diterima", svg.Document.QuerySelector("[data-valmsg-for='Logo']")?.TextContent, StringComparison.Ordinal);

        var tiny = await admin.SubmitAsync("/admin/situs", "main form[method=post]", [], [("Logo", "kecil.png", DemoLogo.Png(32))]);
        Assert.Contains("terlalu kecil", tiny.Document.QuerySelector("[data-valmsg-for='Logo']")?.TextContent, StringComparison.Ordinal);

        Assert.Equal(logoBefore, LogoSetting());
    }

    [Theory]
    [InlineData("/", "og.png")]
    [InlineData("/ppid", "og.png")]
    [InlineData("/berita", "og.png")]
    [InlineData("/berita/musyawarah-perencanaan-pembangunan-kecamatan-tahun-2027", "/media/")]
    public async Task EveryPublicPage_HasAnOpenGraphImage_WithSizeAndAlt(string url, string expected)
    {
        var page = await _visitor.GetAsync(url);
        string? Meta(string selector) => page.Document.QuerySelector(selector)?.GetAttribute("content");

        var image = Meta("meta[property='og:image']");
        Assert.StartsWith(Root + "/", image, StringComparison.Ordinal);
        Assert.Contains(expected, image, StringComparison.Ordinal);
        Assert.True(int.Parse(Meta("meta[property='og:image:width']")!, System.Globalization.CultureInfo.InvariantCulture) >= 600);
        Assert.True(int.Parse(Meta("meta[property='og:image:height']")!, System.Globalization.CultureInfo.InvariantCulture) >= 300);
        Assert.False(string.IsNullOrWhiteSpace(Meta("meta[property='og:image:alt']")));
        Assert.Equal(Meta("meta[property='og:image:alt']"), Meta("meta[name='twitter:image:alt']"));
        Assert.NotNull(Meta("meta[name='twitter:card']"));

        var (status, type, _) = await FetchAsync(image![Root.Length..]);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("image/", type, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_JsonLd_PublisherHasTheLogo()
    {
        var page = await _visitor.GetAsync("/berita/musyawarah-perencanaan-pembangunan-kecamatan-tahun-2027");
        var jsonLd = JsonDocument.Parse(page.Document.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;

        var logo = jsonLd.GetProperty("publisher").GetProperty("logo");
        Assert.Equal("ImageObject", logo.GetProperty("@type").GetString());
        var url = logo.GetProperty("url").GetString()!;
        Assert.StartsWith(Root + "/ikon/", url, StringComparison.Ordinal);
        Assert.Equal(512, logo.GetProperty("width").GetInt32());
        Assert.Equal("summary_large_image", page.Document.QuerySelector("meta[name='twitter:card']")?.GetAttribute("content"));
        var (status, type, bytes) = await FetchAsync(url[Root.Length..]);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("image/png", type);
        using var decoded = SkiaSharp.SKBitmap.Decode(bytes);
        Assert.Equal((512, 512), (decoded.Width, decoded.Height));
    }

    [Fact]
    public async Task Footer_LinksOnlyEnabledChannelsWithAProfile_AndShowsOfficeHours()
    {
        // log: enabled with a profile; log-mati: disabled in configuration; log-kedua: switched off by an administrator.
        _factory.WithDb(db =>
        {
            var record = db.SocialChannels.Find("log-kedua");
            if (record is null)
            {
                record = new SopPublikasi.Module.CrossPosting.Channels.SocialChannelRecord { Name = "log-kedua", Type = "Log" };
                db.SocialChannels.Add(record);
            }

            record.Enabled = false;
            return db.SaveChanges();
        });

        var page = await _visitor.GetAsync("/kontak");
        var links = page.Document.QuerySelectorAll("[data-testid=footer-sosial] a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(["https://www.facebook.com/kecamatan.contoh"], links);
        Assert.Contains("me", page.Document.QuerySelector("[data-testid=footer-sosial] a")!.GetAttribute("rel")!.Split(' '));
        Assert.Contains("07.30", page.Document.QuerySelector("[data-testid=footer-jam]")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Beranda_ShowsHeadlineWithPhoto_Sambutan_ServiceShortcuts_AndHours()
    {
        var page = await _visitor.GetAsync("/");

        var headline = page.Document.QuerySelector("[data-testid=berita-utama]");
        Assert.NotNull(headline);
        var img = headline.QuerySelector("img")!;
        Assert.StartsWith("/media/", img.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Contains(" 1", img.GetAttribute("srcset") ?? string.Empty, StringComparison.Ordinal);
        Assert.NotNull(img.GetAttribute("width"));
        Assert.StartsWith("/berita/", headline.QuerySelector("h2 a")?.GetAttribute("href"), StringComparison.Ordinal);

        Assert.Contains("Sambutan Camat", page.Document.QuerySelector("[data-testid=sambutan] h2")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("[data-testid=pintasan-layanan] a[href='/layanan/persyaratan']"));
        Assert.Contains("Jam layanan", page.Document.QuerySelector("[data-testid=jam-layanan]")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector(".cards")); // the article list stays
    }

    [Fact]
    public async Task LembarDisposisi_KopSuratCarriesTheLogo()
    {
        var ppid = await Browser.SignInAsync(_factory, "ppid", DemoPassword);
        var id = await Sop.CreateDisposisiAsync(ppid, "Lembar dengan logo");
        var lembar = await ppid.GetAsync($"/admin/materi/{id}/cetak");

        var src = lembar.Document.QuerySelector(".kop img.kop-logo")?.GetAttribute("src");
        Assert.NotNull(src);
        var (status, type, _) = await FetchAsync(src);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("image/png", type);
    }

    private string? LogoSetting() => _factory.WithDb(db => db.SiteSettings.Where(s => s.Key == "LogoId").Select(s => s.Value).FirstOrDefault());

    private async Task<(HttpStatusCode Status, string? Type, byte[] Bytes)> FetchAsync(string url)
    {
        using var response = await _visitor.Http.GetAsync(new Uri(url, UriKind.Relative));
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsByteArrayAsync());
    }
}
