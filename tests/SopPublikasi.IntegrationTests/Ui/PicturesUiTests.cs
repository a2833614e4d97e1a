using Microsoft.Playwright;

namespace SopPublikasi.IntegrationTests.Ui;

/// <summary>
/// Issue 22, Pictures: on a 375 px phone the Beranda, an article and the Galeri keep each picture's box before it
/// loads (width and height, or a CSS aspect ratio), so nothing moves when the photos arrive, and nothing scrolls
/// sideways. The photos are held back by the test until the first measurement, then let through.
/// </summary>
[Collection(LiveSiteCollection.Name)]
public sealed class PicturesUiTests(LiveSite site) : BrowserTest
{
    protected override LiveSite Site => site;

    /// <summary>Each picture's box (width, height) in CSS pixels.</summary>
    private const string Boxes = "() => [...document.querySelectorAll('main img')].map(i => { const r = i.getBoundingClientRect(); return [r.width, r.height]; })";

    [Theory]
    [InlineData("beranda", "/")]
    [InlineData("berita-detail", "/berita/musyawarah-perencanaan-pembangunan-kecamatan-tahun-2027")]
    [InlineData("galeri", "/galeri")]
    public async Task Pictures_KeepTheirBoxWhileLoading_NoLayoutShift_NoSidewaysScroll(string name, string url)
    {
        var page = await site.OpenAsync(375);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync("**/media/**", async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });
        await page.AddInitScriptAsync("""
            window.__shift = 0;
            new PerformanceObserver(list => { for (const e of list.getEntries()) { if (!e.hadRecentInput) window.__shift += e.value; } })
                .observe({ type: 'layout-shift', buffered: true });
            """);

        await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('link[rel=stylesheet]')].every(l => l.sheet)");

        // Before any photo arrived: every picture already has its size.
        var unsized = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('main img')].filter(i => !(i.getAttribute('width') && i.getAttribute('height')) && getComputedStyle(i).aspectRatio === 'auto').map(i => i.outerHTML)");
        Assert.Empty(unsized);
        Assert.Equal(0, await page.EvaluateAsync<int>("() => [...document.querySelectorAll('main img')].filter(i => i.complete && i.naturalWidth > 0).length"));
        var before = await page.EvaluateAsync<double[][]>(Boxes);
        Assert.NotEmpty(before);
        Assert.DoesNotContain(before, box => box[1] < 1);

        // The photos arrive; every lazy one is scrolled into view and loads.
        release.SetResult();
        await page.EvaluateAsync("async () => { for (let y = 0; y <= document.documentElement.scrollHeight; y += 300) { window.scrollTo(0, y); await new Promise(r => setTimeout(r, 60)); } window.scrollTo(0, 0); }");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('main img')].every(i => i.complete && i.naturalWidth > 0)");
        var after = await page.EvaluateAsync<double[][]>(Boxes);

        // The same boxes, but for a pixel of rounding: a variant's height is rounded to whole pixels at its own width.
        Assert.Equal(before.Length, after.Length);
        for (var i = 0; i < before.Length; i++)
        {
            Assert.True(Math.Abs(before[i][0] - after[i][0]) <= 1 && Math.Abs(before[i][1] - after[i][1]) <= 1, $"{url}: picture {i + 1} was {before[i][0]}x{before[i][1]} before it loaded, {after[i][0]}x{after[i][1]} after");
        }
        var shift = await page.EvaluateAsync<double>("() => window.__shift");
        Assert.True(shift < 0.01, $"{url}: cumulative layout shift {shift}");
        await Screenshots.SaveAsync(page, "publik", $"foto-{name}");
        await LiveSite.AssertNoSidewaysScrollAsync(page);
        await page.Context.CloseAsync();
    }
}
