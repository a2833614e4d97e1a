using SopPublikasi.IntegrationTests.Infrastructure;

namespace SopPublikasi.IntegrationTests.Ui;

/// <summary>The administrator's pages in Chromium: axe-core finds nothing serious, and a phone needs no sideways scroll.</summary>
[Collection(LiveSiteCollection.Name)]
public sealed class AdminSettingsUiTests(LiveSite site) : BrowserTest
{
    protected override LiveSite Site => site;

    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task AdministratorPages_Accessible_AndFitThePhone(int width)
    {
        var page = await site.SignInAsync("admin", "Demo#2026sop", width);
        var someone = site.Factory.WithDb(db => db.Users.Single(u => u.UserName == "staf").Id);

        foreach (var (url, name) in new[] { ("/admin/pengguna", "pengguna"), ($"/admin/pengguna/{someone}", "pengguna-ubah"), ("/admin/waktu", "waktu"), ("/admin/instruksi", "instruksi"), ("/admin/situs", "situs") })
        {
            var response = await page.GotoAsync(url);
            Assert.Equal(200, response!.Status);
            await Screenshots.SaveAsync(page, "admin", "pengaturan-" + name);
            await Axe.AssertNoSeriousViolationsAsync(page);
            await LiveSite.AssertNoSidewaysScrollAsync(page);
        }

        await page.Context.CloseAsync();
    }
}
