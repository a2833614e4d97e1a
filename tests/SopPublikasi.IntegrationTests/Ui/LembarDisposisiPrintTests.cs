using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SopPublikasi.Module.Materi;

namespace SopPublikasi.IntegrationTests.Ui;

/// <summary>
/// The Lembar Disposisi printed by the browser: one sheet of half folio (215 × 165 mm) or A4, with the letterhead,
/// the chosen instructions ticked and the forwarding so far.
/// </summary>
[Collection(LiveSiteCollection.Name)]
public sealed partial class LembarDisposisiPrintTests(LiveSite site) : BrowserTest
{
    protected override LiveSite Site => site;

    [Theory]
    [InlineData("folio", 215, 165)]
    [InlineData("a4", 210, 297)]
    [InlineData("f4", 215, 330)]
    public async Task Print_FitsOnOneSheetOfItsPaperSize(string ukuran, int widthMm, int heightMm)
    {
        // A published demo article has passed through every step: a full forwarding history.
        var id = site.Factory.WithDb(db => db.Materi.OrderBy(m => m.Slug).First(m => m.PublishedVersionId != null).Id);
        var page = await site.SignInAsync("verifikator", "Demo#2026sop", 1280);

        await page.GotoAsync($"/admin/materi/{id}/cetak?ukuran={ukuran}");

        await Assertions.Expect(page.Locator(".kop-instansi")).ToHaveTextAsync("PEMERINTAH KABUPATEN KARANGANYAR");
        Assert.Equal(2, await page.Locator(".checklist li[data-dipilih=ya]").CountAsync());
        Assert.True(await page.Locator(".paraf tbody tr").CountAsync() >= 5, "steps 1-6 are listed with who and when");
        await Screenshots.SaveAsync(page, "admin", $"lembar-disposisi-{ukuran}");
        await Axe.AssertNoSeriousViolationsAsync(page);

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var pdf = await page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true });
        await File.WriteAllBytesAsync(Infrastructure.Repo.Artifact($"screenshots/admin/lembar-disposisi-{ukuran}.pdf"), pdf);

        var text = System.Text.Encoding.Latin1.GetString(pdf);
        Assert.Equal(1, PageObject().Count(text));
        var box = MediaBox().Match(text);
        Assert.True(box.Success, "the PDF states its page size");
        Assert.Equal(widthMm, Millimetres(box.Groups[1].Value), precision: 0);
        Assert.Equal(heightMm, Millimetres(box.Groups[2].Value), precision: 0);
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Issue 20: after one send-back round the sheet ran onto a second page. An item sent back three times each way,
    /// with the longest perihal, catatan and reasons the forms accept, still prints on one sheet of every size: the
    /// route is one row per SOP step, the send-backs are summarized, and the whole history is in the system.
    /// </summary>
    [Theory]
    [InlineData("folio", 215, 165)]
    [InlineData("a4", 210, 297)]
    [InlineData("f4", 215, 330)]
    public async Task Print_ManySendBacksAndLongTexts_StillOneSheet(string ukuran, int widthMm, int heightMm)
    {
        var id = await HeavyItemAsync();
        var page = await site.SignInAsync("verifikator", "Demo#2026sop", 1280);
        await page.GotoAsync($"/admin/materi/{id}/cetak?ukuran={ukuran}");

        var rows = await page.Locator(".paraf tbody tr").CountAsync();
        Assert.InRange(rows, 5, 8); // one per SOP step, however many rounds
        await Assertions.Expect(page.Locator("[data-testid=riwayat-ringkas]")).ToContainTextAsync("Dikembalikan untuk diperbaiki 8 kali");
        await Assertions.Expect(page.Locator("[data-testid=riwayat-ringkas]")).ToContainTextAsync("Riwayat lengkap");
        await Screenshots.SaveAsync(page, "admin", $"lembar-disposisi-panjang-{ukuran}");

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var pdf = await page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true });
        await File.WriteAllBytesAsync(Infrastructure.Repo.Artifact($"screenshots/admin/lembar-disposisi-panjang-{ukuran}.pdf"), pdf);
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        Assert.Equal(1, PageObject().Count(text));
        var box = MediaBox().Match(text);
        Assert.True(box.Success, "the PDF states its page size");
        Assert.Equal(widthMm, Millimetres(box.Groups[1].Value), precision: 0);
        Assert.Equal(heightMm, Millimetres(box.Groups[2].Value), precision: 0);
        await page.Context.CloseAsync();
    }

    private async Task<Guid> HeavyItemAsync()
    {
        var f = site.Factory;
        static string Words(string start, int length)
        {
            var text = new System.Text.StringBuilder(start);
            while (text.Length < length)
            {
                text.Append(" kegiatan warga bersama perangkat kecamatan dan desa");
            }

            return text.ToString()[..length].TrimEnd();
        }

        var ppid = await ClientAsync("ppid");
        var created = await Infrastructure.Api.PostJsonAsync(ppid, "/api/v1/disposisi", new
        {
            nomorAgenda = "005/" + Random.Shared.Next(1000, 9999) + "/2026",
            tanggalDiterima = "2026-11-23",
            asalSurat = Words("Dinas Komunikasi dan Informatika", 200),
            nomorSurat = Words("400/123/2026", 100),
            perihal = Words("Publikasi", 500),
            instruksi = new[] { "Untuk ditindaklanjuti", "Untuk dipublikasikan" },
            catatan = Words("Mohon", 2000),
            diteruskanKepada = Words("Sekretaris Kecamatan", 200),
        });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var id = (await Infrastructure.Api.JsonAsync(created)).GetProperty("id").GetGuid();
        var sekretaris = await ClientAsync("sekretaris");
        var staf = await ClientAsync("staf");
        var verifikator = await ClientAsync("verifikator");
        var staffId = f.WithDb(db => db.Users.Single(u => u.UserName == "staf").Id);
        await Infrastructure.Publish.MoveAsync(await ClientAsync("agendaris"), id, new { aksi = "teruskan", catatan = Words("Diteruskan", 2000) }, f);
        await Infrastructure.Publish.MoveAsync(sekretaris, id, new { aksi = "terima" }, f);
        await Infrastructure.Publish.MoveAsync(sekretaris, id, new { aksi = "tugaskan", petugasId = staffId, catatan = Words("Tolong", 2000) }, f);
        using (var put = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/v1/materi/{id}", UriKind.Relative))
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { judul = "Lembar panjang", ringkasan = "Ringkasan.", isi = "<p>Isi berita.</p>", kategoriId = 1 }),
        })
        {
            put.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"0\""));
            var saved = await staf.SendAsync(put);
            Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        }

        await Infrastructure.Publish.MoveAsync(staf, id, new { aksi = "serahkan" }, f);
        for (var round = 1; round <= 3; round++)
        {
            await Infrastructure.Publish.MoveAsync(sekretaris, id, new { aksi = "kembalikan-ke-staf", catatan = Words($"Putaran {round}: perbaiki", 2000) }, f);
            await Infrastructure.Publish.MoveAsync(staf, id, new { aksi = "serahkan" }, f);
            await Infrastructure.Publish.MoveAsync(sekretaris, id, new { aksi = "ajukan-verifikasi", catatan = Words("Sudah dikoreksi", 2000) }, f);
            await Infrastructure.Publish.MoveAsync(verifikator, id, new { aksi = "kembalikan", catatan = Words($"Putaran {round}: lengkapi", 2000) }, f);
            await Infrastructure.Publish.MoveAsync(sekretaris, id, round < 3 ? new { aksi = "kembalikan-ke-staf", catatan = Words("Lagi", 2000) } : new { aksi = "ajukan-verifikasi", catatan = Words("Akhir", 2000) }, f);
            if (round < 3)
            {
                await Infrastructure.Publish.MoveAsync(staf, id, new { aksi = "serahkan" }, f);
            }
        }

        await Infrastructure.Publish.MoveAsync(verifikator, id, new { aksi = "setujui", klasifikasi = "berkala", catatan = Words("Disetujui", 2000) }, f);
        return id;
    }

    /// <summary>An API client of the live site (its own port), holding <paramref name="userName"/>'s token.</summary>
    private async Task<HttpClient> ClientAsync(string userName)
    {
        var client = new HttpClient { BaseAddress = site.BaseUrl };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await Infrastructure.Api.TokenForAsync(site.Factory, userName));
        return client;
    }

    private static double Millimetres(string points) => double.Parse(points, System.Globalization.CultureInfo.InvariantCulture) / 72 * 25.4;

    [GeneratedRegex(@"/Type\s*/Page\b(?!s)")]
    private static partial Regex PageObject();

    [GeneratedRegex(@"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]")]
    private static partial Regex MediaBox();
}
