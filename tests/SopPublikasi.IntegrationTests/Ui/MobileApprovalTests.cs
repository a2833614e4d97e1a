using Microsoft.Playwright;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.IntegrationTests.Ui;

/// <summary>The verifier on a 375 px phone: reads the material, classifies it and approves; it is live at once.</summary>
[Collection(LiveSiteCollection.Name)]
public sealed class MobileApprovalTests(LiveSite site) : BrowserTest
{
    protected override LiveSite Site => site;

    [Fact]
    public async Task Verifier_OnAPhone_ClassifiesAndApproves_ArticleLiveAtOnce()
    {
        var id = site.Factory.WithDb(db => db.Materi.Single(m => m.State == WorkflowState.Verifikasi).Id);
        var page = await site.SignInAsync("verifikator", "Demo#2026sop", 375);

        await page.GotoAsync($"/admin/materi/{id}");
        await Screenshots.SaveAsync(page, "admin", "persetujuan-ponsel");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await LiveSite.AssertNoSidewaysScrollAsync(page);

        await page.Locator("[data-testid=aksi-setujui] > summary").ClickAsync();
        var approve = page.Locator("form[data-aksi='setujui']");
        await approve.GetByLabel("Informasi berkala").CheckAsync();
        await approve.GetByRole(AriaRole.Button).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("langsung tayang");
        var visitor = await site.OpenAsync(375);
        var response = await visitor.GotoAsync("/berita/posyandu-balita-serentak-di-seluruh-desa");
        Assert.Equal(200, response!.Status);
        await page.Context.CloseAsync();
        await visitor.Context.CloseAsync();
    }
}
