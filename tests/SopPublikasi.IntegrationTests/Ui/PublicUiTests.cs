using Microsoft.Playwright;

namespace SopPublikasi.IntegrationTests.Ui;

/// <summary>
/// The public website in a real browser on a 375 px phone and a 1280 px desktop: each page renders, has no
/// serious or critical axe-core violation, does not scroll sideways on the phone, and is saved as a screenshot.
/// </summary>
[Collection(LiveSiteCollection.Name)]
public sealed class PublicUiTests(LiveSite site) : BrowserTest
{
    protected override LiveSite Site => site;

    private const string Article = "/berita/musyawarah-perencanaan-pembangunan-kecamatan-tahun-2027";

    public static TheoryData<string, string, int> Pages()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var width in new[] { 375, 1280 })
        {
            data.Add("beranda", "/", width);
            data.Add("berita", "/berita", width);
            data.Add("berita-detail", Article, width);
            data.Add("kategori", "/kategori/pengumuman", width);
            data.Add("cari", "/cari?q=musyawarah", width);
            data.Add("ppid", "/ppid", width);
            data.Add("ppid-permohonan", "/ppid/permohonan", width);
            data.Add("ppid-lacak", "/ppid/lacak", width);
            data.Add("ppid-keberatan", "/ppid/keberatan", width);
            data.Add("kontak", "/kontak", width);
            data.Add("layanan", "/layanan", width);
            data.Add("galeri", "/galeri", width);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_RendersAccessibly_WithoutSidewaysScroll(string name, string url, int width)
    {
        var page = await site.OpenAsync(width);

        var response = await page.GotoAsync(url);

        Assert.Equal(200, response!.Status);
        await Screenshots.SaveAsync(page, "publik", name);
        await Axe.AssertNoSeriousViolationsAsync(page);
        await LiveSite.AssertNoSidewaysScrollAsync(page);
        Assert.Equal("id", await page.GetAttributeAsync("html", "lang"));
        await page.Context.CloseAsync();
    }

    /// <summary>The check itself: axe-core must see what it is there to see, or the tests above prove nothing.</summary>
    [Fact]
    public async Task Axe_ReportsAnImageWithoutAltAndAnUnlabelledField()
    {
        var page = await site.OpenAsync(375);
        await page.SetContentAsync("<html lang=id><head><title>x</title></head><body><main><img src='/x.png'><input type=text></main></body></html>");

        var violations = await Axe.SeriousViolationsAsync(page);

        Assert.Contains(violations, v => v.Contains("image-alt", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("label", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Keyboard_SkipLinkComesFirstAndSearchWorksWithoutAMouse()
    {
        var page = await site.OpenAsync(375);
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("#konten", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));
        Assert.True(await page.Locator("a.skip").IsVisibleAsync(), "the skip link must be visible when focused");
        await page.Keyboard.PressAsync("Enter");
        Assert.EndsWith("#konten", page.Url, StringComparison.Ordinal);

        await page.GotoAsync("/cari");
        await page.Locator("main input[type=search]").FocusAsync();
        await page.Keyboard.TypeAsync("musyawarah");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/cari\\?q=musyawarah"));

        var firstResult = page.Locator("main article").First;
        await Assertions.Expect(firstResult).ToContainTextAsync("Musyawarah Perencanaan Pembangunan");
        Assert.True(await page.Locator("main article mark").CountAsync() > 0, "search results highlight the words found");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(375, 960)]
    [InlineData(1280, 960)]
    public async Task ArticlePhoto_BrowserPicksAWebpVariantSizedForTheScreen(int width, int expectedVariant)
    {
        var page = await site.OpenAsync(width);
        await page.GotoAsync(Article);
        var cover = page.Locator("img.article-cover");
        await cover.EvaluateAsync("img => img.decode()");

        var currentSrc = await cover.EvaluateAsync<string>("img => img.currentSrc");

        Assert.EndsWith($"/{expectedVariant}.webp", currentSrc, StringComparison.Ordinal);
        Assert.Equal("Ilustrasi: perbukitan hijau di bawah langit cerah", await cover.GetAttributeAsync("alt"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Article_SharesWithLinkPreviewTagsAndShareLinksThatWork()
    {
        var page = await site.OpenAsync(375);
        await page.GotoAsync(Article);

        Assert.Equal("Musyawarah Perencanaan Pembangunan Kecamatan Tahun 2027", await page.GetAttributeAsync("meta[property='og:title']", "content"));
        var shareLinks = page.Locator("a[href*='wa.me'], a[href*='facebook.com/sharer'], a[href*='x.com/intent'], a[href*='t.me/share']");
        Assert.True(await shareLinks.CountAsync() >= 3, "share links for WhatsApp, Facebook and X or Telegram");
        foreach (var href in await shareLinks.EvaluateAllAsync<string[]>("links => links.map(a => a.href)"))
        {
            Assert.Contains(Uri.EscapeDataString("https://kecamatan-contoh.karanganyarkab.go.id" + Article), href, StringComparison.Ordinal);
        }

        await page.Context.CloseAsync();
    }
}
