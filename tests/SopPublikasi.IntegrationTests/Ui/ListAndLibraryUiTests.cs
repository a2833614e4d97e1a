using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Media;

namespace SopPublikasi.IntegrationTests.Ui;

/// <summary>Issue 20 on a 375 px phone: Semua Materi filtered and paged, Pustaka Media searched and a caption edited; no sideways scroll.</summary>
[Collection(LiveSiteCollection.Name)]
public sealed class ListAndLibraryUiTests(LiveSite site) : BrowserTest
{
    protected override LiveSite Site => site;

    [Fact]
    public async Task MediaLibrary_OnAPhone_SearchAndCaptionEdit_WithoutSidewaysScroll()
    {
        Guid id;
        using (var client = new HttpClient { BaseAddress = site.BaseUrl })
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Api.TokenForAsync(site.Factory, "ppid"));
            using var form = new MultipartFormDataContent { { new ByteArrayContent(Photos.Jpeg(800, 600)), "berkas", "balai-desa-ponsel.jpg" } };
            var uploaded = await client.PostAsync(new Uri("/api/v1/media", UriKind.Relative), form);
            var body = await uploaded.Content.ReadAsStringAsync();
            Assert.True(uploaded.IsSuccessStatusCode, body);
            id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
        }

        var page = await site.SignInAsync("ppid", "Demo#2026sop", 375);
        await page.GotoAsync("/admin/media");
        await LiveSite.AssertNoSidewaysScrollAsync(page);
        await page.GetByLabel("Cari (nama berkas, keterangan, kredit)").FillAsync("balai-desa-ponsel");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cari", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("jumlah-berkas")).ToContainTextAsync("1 berkas");

        var card = page.Locator($"li[data-media='{id}']");
        await card.GetByLabel("Keterangan", new() { Exact = true }).FillAsync("Musyawarah warga di Balai Desa");
        await card.GetByLabel("Kredit foto", new() { Exact = true }).FillAsync("Humas Kecamatan");
        await card.GetByRole(AriaRole.Button, new() { Name = "Simpan keterangan" }).ClickAsync();
        await Assertions.Expect(page.Locator($"li[data-media='{id}'] [role=status]")).ToHaveTextAsync("Tersimpan");
        Assert.Equal(("Musyawarah warga di Balai Desa", "Humas Kecamatan"), site.Factory.WithDb(db => db.Media.Where(m => m.Id == id).Select(m => new { m.Caption, m.Credit }).AsEnumerable().Select(m => (m.Caption, m.Credit)).Single()));

        // The caption is searched too.
        await page.GotoAsync("/admin/media?q=musyawarah");
        await Assertions.Expect(page.Locator($"li[data-media='{id}']")).ToBeVisibleAsync();
        await LiveSite.AssertNoSidewaysScrollAsync(page);
        await Screenshots.SaveAsync(page, "admin", "pustaka-media");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SemuaMateri_OnAPhone_FilterAndPaging_WithoutSidewaysScroll()
    {
        var tag = "Ponsel" + Guid.NewGuid().ToString("N")[..8];
        using (var ppid = new HttpClient { BaseAddress = site.BaseUrl })
        {
            ppid.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Api.TokenForAsync(site.Factory, "ppid"));
            for (var i = 1; i <= 3; i++)
            {
                var created = await ppid.PostAsJsonAsync(new Uri("/api/v1/disposisi", UriKind.Relative), new
                {
                    nomorAgenda = $"005/{Random.Shared.Next(1000, 9999)}/2026",
                    tanggalDiterima = "2026-11-23",
                    asalSurat = "PPID",
                    perihal = $"{tag} kegiatan ke-{i} dengan perihal yang cukup panjang untuk layar ponsel",
                    instruksi = new[] { "Untuk dipublikasikan" },
                    diteruskanKepada = "Sekretaris",
                });
                Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
            }
        }

        var page = await site.SignInAsync("sekretaris", "Demo#2026sop", 375);
        await page.GotoAsync("/admin/materi?pageSize=2");
        await LiveSite.AssertNoSidewaysScrollAsync(page);

        // The search field narrows the list to the three; two a page, so "Berikutnya" goes to the third.
        await page.GetByLabel("Cari (nomor agenda, perihal, judul)").FillAsync(tag);
        await page.GetByRole(AriaRole.Button, new() { Name = "Terapkan", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("jumlah-materi")).ToHaveTextAsync("3 materi · halaman 1 dari 2");
        await LiveSite.AssertNoSidewaysScrollAsync(page);
        await Screenshots.SaveAsync(page, "admin", "semua-materi");

        await page.GetByRole(AriaRole.Link, new() { Name = "Berikutnya »" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("jumlah-materi")).ToHaveTextAsync("3 materi · halaman 2 dari 2");
        Assert.Contains("page=2", page.Url, StringComparison.Ordinal);
        Assert.Contains(tag, page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "« Sebelumnya" })).ToBeVisibleAsync();
        await LiveSite.AssertNoSidewaysScrollAsync(page);
        await page.Context.CloseAsync();
    }
}
