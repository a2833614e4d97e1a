using Microsoft.Playwright;

namespace SopPublikasi.IntegrationTests.Ui;

/// <summary>
/// Issue 23 on a phone (375 px): from /ppid to the request form (plain HTML: the HTTP tests send it without any script),
/// the receipt with the number, the code and the deadline, then the private link showing the status and the
/// deadline. Each page: no serious or critical axe-core violation, no sideways scroll. Screenshots:
/// publik/ppid-permohonan-form-375.png, -terkirim-375.png, -lacak-375.png.
/// </summary>
[Collection(LiveSiteCollection.Name)]
public sealed class PpidPermohonanUiTests(LiveSite site) : BrowserTest
{
    protected override LiveSite Site => site;

    [Fact]
    public async Task Phone_SubmitRequest_ReceiptThenPrivateLink_StatusAndDeadline()
    {
        var phone = await site.OpenAsync(375);
        await phone.GotoAsync("/ppid");
        await phone.GetByRole(AriaRole.Link, new() { Name = "Ajukan permohonan informasi" }).ClickAsync();
        Assert.EndsWith("/ppid/permohonan", phone.Url, StringComparison.Ordinal);
        await Axe.AssertNoSeriousViolationsAsync(phone);
        await LiveSite.AssertNoSidewaysScrollAsync(phone);
        var submitBox = await phone.Locator("form[data-testid=form-permohonan] button[type=submit]").BoundingBoxAsync();
        Assert.True(submitBox!.Height >= 44, $"the send button is {submitBox.Height} px high");

        await phone.GetByLabel("Perorangan (warga negara Indonesia)").CheckAsync();
        await phone.Locator("#Input_NamaPemohon").FillAsync("Sri Lestari");
        await phone.Locator("#Input_NomorIdentitas").FillAsync("3313015507900002");
        await phone.Locator("#Input_Alamat").FillAsync("Dusun Krajan RT 01/RW 02, Desa Contoh");
        await phone.Locator("#Input_Telepon").FillAsync("0813 2222 3333");
        await phone.Locator("#Input_RincianInformasi").FillAsync("Daftar penerima bantuan langsung tunai desa tahun 2026 (jumlah per desa).");
        await phone.Locator("#Input_TujuanPenggunaan").FillAsync("Penelitian skripsi tentang perlindungan sosial.");
        await phone.GetByLabel("Melihat, membaca, mendengarkan, atau mencatat").CheckAsync();
        await phone.GetByLabel("Saya menyetujui penggunaan data pribadi").CheckAsync();
        await LiveSite.AssertNoSidewaysScrollAsync(phone);
        await Screenshots.SaveAsync(phone, "publik", "ppid-permohonan-form");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Kirim permohonan" }).ClickAsync();

        await phone.WaitForURLAsync("**/ppid/permohonan/terkirim");
        var nomor = (await phone.Locator("[data-testid=nomor-register]").TextContentAsync())!.Trim();
        var kode = (await phone.Locator("[data-testid=kode-lacak]").TextContentAsync())!.Trim();
        var batas = (await phone.Locator("[data-testid=batas-waktu]").TextContentAsync())!.Trim();
        Assert.Matches(@"^\d{3}/PPID-KEC/[IVX]+/\d{4}$", nomor);
        Assert.Matches(@"^[A-Z2-9]{4}-[A-Z2-9]{4}$", kode);
        Assert.Matches(@"^\p{L}+, \d{1,2} \p{L}+ \d{4} \(akhir hari kerja\)$", batas);
        await Axe.AssertNoSeriousViolationsAsync(phone);
        await LiveSite.AssertNoSidewaysScrollAsync(phone);
        await Screenshots.SaveAsync(phone, "publik", "ppid-permohonan-terkirim");
        var link = await phone.Locator("[data-testid=tautan-pribadi]").GetAttributeAsync("href");
        await phone.Context.CloseAsync();

        // The private link, in a fresh phone browser (with scripts, for axe): status and deadline.
        var tracking = await site.OpenAsync(375);
        var response = await tracking.GotoAsync(link!);
        Assert.Equal("no-referrer", await response!.HeaderValueAsync("referrer-policy"));
        Assert.Equal("Diterima", (await tracking.Locator("[data-testid=status]").TextContentAsync())!.Trim());
        Assert.Equal(batas, (await tracking.Locator("[data-testid=batas-waktu] time").TextContentAsync())!.Trim());
        Assert.Contains(nomor, await tracking.Locator("h1").TextContentAsync(), StringComparison.Ordinal);
        await Axe.AssertNoSeriousViolationsAsync(tracking);
        await LiveSite.AssertNoSidewaysScrollAsync(tracking);
        await Screenshots.SaveAsync(tracking, "publik", "ppid-permohonan-lacak");
        await tracking.Context.CloseAsync();
    }
}
