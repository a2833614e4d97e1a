using Microsoft.Playwright;

namespace SopPublikasi.IntegrationTests.Ui;

/// <summary>
/// /ppid on a phone (issue 22): below 640 px each item of the Daftar Informasi Publik is a card whose &lt;dl&gt; names
/// every column, with no sideways scroll; from 640 px up, the six-column table. The search form on /cari has a
/// finger-sized field. Screenshots: publik/ppid-kartu-375.png, publik/cari-form-375.png and -1280.png.
/// </summary>
[Collection(LiveSiteCollection.Name)]
public sealed class PpidPhoneUiTests(LiveSite site) : BrowserTest
{
    protected override LiveSite Site => site;

    [Fact]
    public async Task Ppid_At375_CardsWithoutSidewaysScroll_AndNoTable()
    {
        var page = await site.OpenAsync(375);
        await page.GotoAsync("/ppid");

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"/ppid at 375 px is {overflow} px wider than the screen");
        var cards = page.Locator("[data-testid=dip-kartu] > li");
        Assert.True(await cards.CountAsync() > 0, "the demo's published items show as cards");
        Assert.True(await cards.First.IsVisibleAsync(), "a card is visible at 375 px");
        Assert.Equal(0, await page.Locator("[data-testid=dip-tabel] table:visible").CountAsync());

        // Each card names every column of the table (a <dl>), and the last update.
        var terms = await cards.First.Locator("dt").AllTextContentsAsync();
        Assert.Equal(["Diperbarui", "Unit yang menguasai", "Penanggung jawab", "Waktu dan tempat pembuatan", "Bentuk", "Retensi"], terms);
        Assert.Matches(@"^\d{1,2} \p{L}+ \d{4}$", (await cards.First.Locator("dd time").TextContentAsync())!.Trim());

        await Screenshots.SaveAsync(page, "publik", "ppid-kartu");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Ppid_At1280_TheTable_NotTheCards()
    {
        var page = await site.OpenAsync(1280);
        await page.GotoAsync("/ppid");

        Assert.True(await page.Locator("[data-testid=dip-tabel] table").First.IsVisibleAsync(), "the table is shown at 1280 px");
        Assert.Equal(0, await page.Locator("[data-testid=dip-kartu]:visible").CountAsync());
        Assert.Equal(6, await page.Locator("[data-testid=dip-tabel] table").First.Locator("thead th").CountAsync());
        Assert.Contains("Diperbarui:", await page.Locator("[data-testid=dip-tabel] tbody td").First.TextContentAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Cari_SearchFieldIsAtLeast44PxHigh_WithLabelAndButton(int width)
    {
        var page = await site.OpenAsync(width);
        await page.GotoAsync("/cari");

        var field = page.GetByLabel("Kata yang dicari");
        var box = await field.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Height >= 44, $"the search field is {box.Height} px high at {width} px");
        Assert.True(box.Width >= (width < 640 ? 250 : 400), $"the search field is {box.Width} px wide at {width} px");
        var button = page.Locator("main form[role=search] button[type=submit]");
        Assert.True((await button.BoundingBoxAsync())!.Height >= 44);
        await LiveSite.AssertNoSidewaysScrollAsync(page);
        await Screenshots.SaveAsync(page, "publik", "cari-form");
        await page.Context.CloseAsync();
    }
}
