using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Playwright;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Media;

namespace SopPublikasi.IntegrationTests.Ui;

/// <summary>Issue 20 on a 375 px phone: Pustaka Media searched and a caption edited; no sideways scroll.</summary>
[Collection(LiveSiteCollection.Name)]
public sealed class ListAndLibraryUiTests(LiveSite site)
{
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
        await Screenshots.SaveAsync(page, "admin", "pustaka-media-375");
        await page.Context.CloseAsync();
    }
}
