using Microsoft.Playwright;

namespace SopPublikasi.IntegrationTests.Ui;

/// <summary>
/// The office's identity on a 375 px phone: the Beranda's logo, headline photo, sambutan and shortcuts, and the
/// settings page's logo field, each drawn (the pictures really load), without sideways scroll, saved as screenshots.
/// </summary>
[Collection(LiveSiteCollection.Name)]
public sealed class IdentityUiTests(LiveSite site) : BrowserTest
{
    protected override LiveSite Site => site;

    [Fact]
    public async Task Beranda_OnAPhone_ShowsLogoHeadlineAndSambutan_WithoutSidewaysScroll()
    {
        var page = await site.OpenAsync(375);

        Assert.Equal(200, (await page.GotoAsync("/"))!.Status);

        await AssertLoadedAsync(page, "img.brand-logo");
        await AssertLoadedAsync(page, "[data-testid=berita-utama] img");
        Assert.True(await page.Locator("[data-testid=sambutan]").IsVisibleAsync());
        Assert.True(await page.Locator("[data-testid=pintasan-layanan] a").CountAsync() >= 2);
        Assert.Equal(200, (await page.APIRequest.GetAsync("/favicon.ico")).Status);
        await Screenshots.SaveAsync(page, "publik", "beranda-identitas");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await LiveSite.AssertNoSidewaysScrollAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SettingsPage_OnAPhone_ShowsTheLogoField_WithoutSidewaysScroll()
    {
        var page = await site.SignInAsync("admin", "Demo#2026sop", 375);

        Assert.Equal(200, (await page.GotoAsync("/admin/situs"))!.Status);

        await AssertLoadedAsync(page, "img.logo-preview");
        Assert.True(await page.Locator("input[type=file][name=Logo]").IsVisibleAsync());
        await Screenshots.SaveAsync(page, "admin", "pengaturan-situs-logo");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await LiveSite.AssertNoSidewaysScrollAsync(page);
        await page.Context.CloseAsync();
    }

    private static async Task AssertLoadedAsync(IPage page, string selector)
    {
        var image = page.Locator(selector).First;
        await image.ScrollIntoViewIfNeededAsync();
        Assert.True(await image.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), $"{selector} did not load");
    }
}
