using Microsoft.Playwright;

namespace SopPublikasi.IntegrationTests.Ui;

/// <summary>
/// The installable admin in a real Chromium at 375 px: the manifest is linked and read, the service worker registers
/// for scope / and becomes ready, the offline page renders, and a page opened while offline shows it instead of the
/// browser's error. The notification page offers Web Push per device (off here: the live site has no VAPID keys).
/// </summary>
[Collection(LiveSiteCollection.Name)]
public sealed class InstallableUiTests(LiveSite site) : BrowserTest
{
    protected override LiveSite Site => site;

    [Fact]
    public async Task ManifestLinked_ServiceWorkerReady_OfflinePageShownWhenOffline()
    {
        var page = await site.SignInAsync("staf", "Demo#2026sop", 375, enforceCsp: true);
        var errors = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                errors.Add(m.Text);
            }
        };

        await page.GotoAsync("/admin");
        Assert.Equal("/manifest.webmanifest", await page.Locator("link[rel=manifest]").GetAttributeAsync("href"));
        var manifest = await page.EvaluateAsync<string>("() => fetch(document.querySelector('link[rel=manifest]').href).then(r => r.ok ? r.json() : null).then(m => m && m.start_url + '|' + m.display)");
        Assert.Equal("/admin|standalone", manifest);

        var worker = await page.EvaluateAsync<string>("() => navigator.serviceWorker.ready.then(r => new URL(r.active.scriptURL).pathname + '|' + new URL(r.scope).pathname)");
        Assert.Equal("/sw.js|/", worker);

        // Wait until the worker controls this page (it claims its clients when active), then go offline.
        await page.ReloadAsync();
        await page.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null");
        var cached = await page.EvaluateAsync<bool>("() => caches.open('sop-statis-v1').then(c => c.match('/luring')).then(r => !!r)");
        Assert.True(cached, "the offline page is in the worker's cache");

        await page.Context.SetOfflineAsync(true);
        await page.GotoAsync("/admin/notifikasi");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Anda sedang luring");
        await LiveSite.AssertNoSidewaysScrollAsync(page);
        await Screenshots.SaveAsync(page, "admin", "luring");
        await page.Context.SetOfflineAsync(false);

        // Online again: the real page, with the Web Push box saying push is off on this server.
        await page.GotoAsync("/admin/notifikasi");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Notifikasi");
        await Assertions.Expect(page.Locator("[data-testid=push-mati]")).ToBeVisibleAsync();
        await LiveSite.AssertNoSidewaysScrollAsync(page);
        await Screenshots.SaveAsync(page, "admin", "notifikasi-push");
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task OfflinePage_RendersOnItsOwn()
    {
        var page = await site.OpenAsync(375, enforceCsp: true);
        var response = await page.GotoAsync("/luring");
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Anda sedang luring");
        Assert.Equal("id", await page.Locator("html").GetAttributeAsync("lang"));
        await LiveSite.AssertNoSidewaysScrollAsync(page);
        await page.Context.CloseAsync();
    }
}
