using Microsoft.Playwright;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.IntegrationTests.Ui;

/// <summary>
/// The PPID Pembantu on a 375 px phone withdraws a published article: the reason is required beside its field, then
/// the article's address answers 410 with the notice.
/// </summary>
[Collection(LiveSiteCollection.Name)]
public sealed class WithdrawalUiTests(LiveSite site) : BrowserTest
{
    protected override LiveSite Site => site;

    private const string Slug = "kerja-bakti-bersama-menjelang-musim-hujan";

    [Fact]
    public async Task Ppid_OnAPhone_WithdrawsAnArticle_ItsAddressAnswers410()
    {
        var item = site.Factory.WithDb(db => db.Materi.Where(m => m.Slug == Slug).Select(m => new { m.Id, m.State }).Single());
        Assert.Equal(WorkflowState.Terbit, item.State);
        var id = item.Id;
        var visitor = await site.OpenAsync(375);
        Assert.Equal(200, (await visitor.GotoAsync($"/berita/{Slug}"))!.Status);

        var page = await site.SignInAsync("ppid", "Demo#2026sop", 375);
        await page.GotoAsync($"/admin/materi/{id}");
        await page.Locator("[data-testid=aksi-tarik] > summary").ClickAsync();
        var withdraw = page.Locator("form[data-aksi='tarik']");
        await Assertions.Expect(withdraw).ToBeVisibleAsync();
        await LiveSite.AssertNoSidewaysScrollAsync(page);
        await Axe.AssertNoSeriousViolationsAsync(page);

        await withdraw.GetByRole(AriaRole.Button, new() { Name = "Tarik dari publikasi" }).ClickAsync();
        await Assertions.Expect(page.Locator("form[data-aksi='tarik'] .field-error")).ToContainTextAsync("Alasan penarikan wajib diisi.");

        await page.Locator("form[data-aksi='tarik']").GetByLabel("Alasan penarikan").FillAsync("Terbit dengan foto yang belum mendapat izin");
        await page.Locator("form[data-aksi='tarik']").GetByRole(AriaRole.Button, new() { Name = "Tarik dari publikasi" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("ditarik dari publikasi");
        await Assertions.Expect(page.Locator("[data-testid='tahap']")).ToHaveTextAsync("Ditarik");
        await Screenshots.SaveAsync(page, "admin", "tarik-ponsel");

        var gone = await visitor.GotoAsync($"/berita/{Slug}");
        Assert.Equal(410, gone!.Status);
        await Assertions.Expect(visitor.Locator("[data-testid='ditarik']")).ToContainTextAsync("Berita ini telah ditarik");
        await LiveSite.AssertNoSidewaysScrollAsync(visitor);
        await Axe.AssertNoSeriousViolationsAsync(visitor);
        await Screenshots.SaveAsync(visitor, "publik", "berita-ditarik");
        await page.Context.CloseAsync();
        await visitor.Context.CloseAsync();
    }
}
