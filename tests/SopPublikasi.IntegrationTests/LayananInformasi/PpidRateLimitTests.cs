using System.Net;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.LayananInformasi.Domain;

namespace SopPublikasi.IntegrationTests.LayananInformasi;

/// <summary>The request form's budget per address: past it, the site's 429 page in words for the PPID forms, and nothing saved.</summary>
public sealed class PpidRateLimitTests
{
    [Fact]
    public async Task ThirdRequestInTheWindow_429_FriendlyIndonesianPage_NotSaved_ReadingStillWorks()
    {
        using var app = new SopAppFactory();
        app.Settings["LayananInformasi:Publik:BatasKiriman"] = "2";
        app.Settings["LayananInformasi:Publik:JendelaKiriman"] = "01:00:00";
        var browser = new Browser(app);

        await PpidPublik.SubmitAsync(browser, PpidPublik.Fields("Warga Pertama"));
        await PpidPublik.SubmitAsync(browser, PpidPublik.Fields("Warga Kedua"));
        var refused = await browser.SubmitAsync("/ppid/permohonan", "form[data-testid=form-permohonan]", PpidPublik.Fields("Warga Ketiga"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Contains("Terlalu banyak kiriman dari alamat Anda", refused.Text(), StringComparison.Ordinal);
        Assert.Contains("menit", refused.Text(), StringComparison.Ordinal);
        Assert.Equal(0, app.WithDb(db => db.Permohonan.Count(p => p.NamaPemohon == "Warga Ketiga")));

        // Only sending counts: the form itself still opens.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/ppid/permohonan")).Status);
    }
}
