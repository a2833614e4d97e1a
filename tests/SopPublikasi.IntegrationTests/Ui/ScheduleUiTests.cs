using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Playwright;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Common;
using SopPublikasi.Module.CrossPosting;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.IntegrationTests.Ui;

/// <summary>The verifier on a 375 px phone approves with a publication time: the item shows "Terjadwal" with it.</summary>
[Collection(LiveSiteCollection.Name)]
public sealed class ScheduleUiTests(LiveSite site) : BrowserTest
{
    protected override LiveSite Site => site;

    [Fact]
    public async Task Verifier_OnAPhone_SchedulesThePublication_ItemShowsTerjadwal()
    {
        var id = await ToVerificationAsync("Senam Sehat Bersama Lansia");
        var page = await site.SignInAsync("verifikator", "Demo#2026sop", 375);
        await page.GotoAsync($"/admin/materi/{id}");

        // Tomorrow 09.00 WIB, by the real clock of the live site.
        var tomorrow = DateOnly.FromDateTime(IndonesianTime.ToWib(DateTimeOffset.UtcNow).DateTime).AddDays(1);
        var expected = new DateTimeOffset(tomorrow.ToDateTime(new TimeOnly(9, 0)), IndonesianTime.WibOffset);
        await page.Locator("[data-testid=aksi-setujui] > summary").ClickAsync();
        var approve = page.Locator("form[data-aksi='setujui']");
        await approve.GetByLabel("Informasi berkala").CheckAsync();
        await approve.GetByLabel("Tanggal").FillAsync(tomorrow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await approve.GetByLabel("Jam (WIB)").FillAsync("09:00");
        await Screenshots.SaveAsync(page, "admin", "jadwal-tayang-ponsel");
        await approve.GetByRole(AriaRole.Button).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Jadwal tayang tersimpan");
        await Assertions.Expect(page.GetByTestId("tahap")).ToHaveTextAsync("Terjadwal");
        await Assertions.Expect(page.GetByTestId("jadwal-tayang")).ToContainTextAsync("Terjadwal: " + IndonesianTime.DateTime(expected));
        await Assertions.Expect(page.Locator("[data-testid=aksi-jadwalkan-ulang]:has(form[data-aksi='jadwalkan-ulang']) > summary")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=aksi-batalkan-jadwal]:has(form[data-aksi='batalkan-jadwal']) > summary")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "admin", "terjadwal-ponsel");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await LiveSite.AssertNoSidewaysScrollAsync(page);
        Assert.Equal(WorkflowState.Terjadwal, site.Factory.WithDb(db => db.Materi.Single(m => m.Id == id).State));

        // Nothing of it is public before its time.
        var slug = site.Factory.WithDb(db => db.Materi.Single(m => m.Id == id).Slug);
        var visitor = await site.OpenAsync(375);
        var response = await visitor.GotoAsync($"/berita/{slug}");
        Assert.Equal(404, response!.Status);

        // Left scheduled for tomorrow: the other browser tests look for the demo's one item at verification.
        await page.Context.CloseAsync();
        await visitor.Context.CloseAsync();
    }

    /// <summary>Carries a new item to the verifier's desk over the live site's API (Kestrel, not the test server).</summary>
    private async Task<Guid> ToVerificationAsync(string judul)
    {
        async Task<HttpClient> As(string user)
        {
            var client = new HttpClient { BaseAddress = site.BaseUrl };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Api.TokenForAsync(site.Factory, user));
            return client;
        }

        async Task MoveAsync(HttpClient client, Guid item, object body)
        {
            var response = await client.PostAsJsonAsync(new Uri($"/api/v1/materi/{item}/transisi", UriKind.Relative), body);
            Assert.True(response.IsSuccessStatusCode, $"{body}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        using var ppid = await As("ppid");
        using var agendaris = await As("agendaris");
        using var sekretaris = await As("sekretaris");
        using var staf = await As("staf");
        var created = await ppid.PostAsJsonAsync(new Uri("/api/v1/disposisi", UriKind.Relative), new
        {
            nomorAgenda = "005/" + Random.Shared.Next(1000, 9999) + "/2026",
            tanggalDiterima = "2026-11-23",
            asalSurat = "PPID",
            perihal = judul,
            instruksi = new[] { "Untuk dipublikasikan" },
            diteruskanKepada = "Sekretaris",
        });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var id = (await created.JsonAsync()).GetProperty("id").GetGuid();
        var staffId = site.Factory.WithDb(db => db.Users.Single(u => u.UserName == "staf").Id);
        await MoveAsync(agendaris, id, new { aksi = "teruskan" });
        await MoveAsync(sekretaris, id, new { aksi = "terima" });
        await MoveAsync(sekretaris, id, new { aksi = "tugaskan", petugasId = staffId });
        using (var put = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/v1/materi/{id}", UriKind.Relative))
        {
            Content = JsonContent.Create(new { judul, ringkasan = "Warga lansia senam bersama.", isi = "<p>Senam diikuti seratus warga.</p>", kategoriId = 1 }),
        })
        {
            put.Headers.IfMatch.Add(new EntityTagHeaderValue("\"0\""));
            var saved = await staf.SendAsync(put);
            Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        }

        await MoveAsync(staf, id, new { aksi = "serahkan" });
        await MoveAsync(sekretaris, id, new { aksi = "ajukan-verifikasi" });
        return id;
    }
}
