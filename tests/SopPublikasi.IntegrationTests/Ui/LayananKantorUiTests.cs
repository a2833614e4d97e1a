using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.LayananInformasi;
using SopPublikasi.Module.LayananInformasi.Domain;

namespace SopPublikasi.IntegrationTests.Ui;

/// <summary>
/// The PPID desk's office pages on a phone (375 px, issue 23): the register and a request's page with its move forms
/// and sticky bar; axe-core finds nothing serious or critical, no sideways scroll, screenshots. Its own live site.
/// </summary>
public sealed class LayananKantorUiTests(LiveSite site) : BrowserTest, IClassFixture<LiveSite>
{
    protected override LiveSite Site => site;


    [Fact]
    public async Task RegisterAndRequest_At375_NoSeriousAxeFindings_NoSidewaysScroll()
    {
        PermohonanTerdaftar p;
        using (var scope = site.Factory.Services.CreateScope())
        {
            var input = new PermohonanInput(
                JenisPemohon.Perorangan, "Rahmawati Kusumaningtyas Wulandari", "3313015505920002", "Dusun Ngemplak RT 03 RW 05, Desa Sukamaju", "081234500011", "rahma@example.com",
                "Salinan dokumen Rencana Kerja Pemerintah Desa, daftar penerima bantuan langsung tunai dana desa, dan notulen musyawarah desa tahun 2026",
                "Bahan diskusi forum warga", CaraMemperoleh.SalinanSoftcopy, CaraMendapatkanSalinan.Email, true, null);
            p = await scope.ServiceProvider.GetRequiredService<ILayananInformasi>().SubmitAsync(input, null, CancellationToken.None);
        }

        var page = await site.SignInAsync("ppid", LiveSite.DemoPassword, 375);
        await page.GotoAsync("/admin/layanan");
        await Assertions.Expect(page.Locator($"[data-permohonan='{p.Id}']")).ToBeVisibleAsync();
        // Ten working days; eleven to count when the test runs on a day off (the clock starts on the next working day).
        await Assertions.Expect(page.Locator($"[data-permohonan='{p.Id}'] [data-testid=jam]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^sisa 1[01] hari kerja$"));
        await LiveSite.AssertNoSidewaysScrollAsync(page);
        await Axe.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "layanan", "register");

        await page.Locator($"[data-permohonan='{p.Id}'] h2 a").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Permohonan " + p.NomorRegister })).ToBeVisibleAsync();
        var bar = page.GetByTestId("bar-aksi");
        await Assertions.Expect(bar).ToBeVisibleAsync();
        Assert.Equal(["Putuskan", "Siapkan", "Perpanjang"], (await bar.Locator("a").AllTextContentsAsync()).Select(t => t.Trim()).ToArray());
        foreach (var button in await bar.Locator("a").AllAsync())
        {
            var box = await button.BoundingBoxAsync();
            Assert.True(box!.X >= 0 && box.X + box.Width <= 375, $"a move bar button ends at {box.X + box.Width} px");
        }

        await bar.GetByRole(AriaRole.Link, new() { Name = "Putuskan" }).ClickAsync();
        Assert.True(await page.Locator("[data-testid=aksi-jawab]").EvaluateAsync<bool>("d => d.open"), "the move bar opens the decision's form");
        await Assertions.Expect(page.GetByLabel("Isi jawaban *").First).ToBeVisibleAsync();
        await LiveSite.AssertNoSidewaysScrollAsync(page);
        await Axe.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "layanan", "permohonan");
        await page.Context.CloseAsync();
    }
}
