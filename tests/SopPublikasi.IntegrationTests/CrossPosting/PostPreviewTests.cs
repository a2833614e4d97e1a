using System.Net;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.CrossPosting;

namespace SopPublikasi.IntegrationTests.CrossPosting;

/// <summary>The verifier sees each channel's post before approving, may reword one, and the edit is what is sent.</summary>
public class PostPreviewTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task VerifierEditsOneChannel_EditKeptAndSentOthersComposed()
    {
        var id = await Publish.ToVerificationAsync(app.Factory, "Bazar UMKM akhir tahun");
        var verifikator = await Browser.SignInAsync(app.Factory, "verifikator");
        var page = await verifikator.GetAsync($"/admin/materi/{id}");
        var link = "https://kecamatan-contoh.karanganyarkab.go.id/berita/bazar-umkm-akhir-tahun";
        Assert.Contains(link, page.Document.QuerySelector("form[data-pratinjau='log'] textarea")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("form[data-pratinjau='log-kedua']"));

        // Without the article's link the edit is refused beside its own text, and nothing is stored.
        var refused = await verifikator.SubmitFormAsync(page, "form[data-pratinjau='log']", new() { ["teks"] = "Datang ke bazar!" });
        Assert.Contains("harus tetap ada", refused.Document.QuerySelector("form[data-pratinjau='log'] [role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, app.Factory.WithDb(db => db.CrossPostEdits.Count(e => e.MateriId == id)));

        var edited = "Ayo ramaikan bazar UMKM akhir tahun di pendapa! " + link;
        var saved = await verifikator.SubmitFormAsync(page, "form[data-pratinjau='log']", new() { ["teks"] = edited });
        Assert.Equal(HttpStatusCode.OK, saved.Status);
        Assert.Equal(edited, saved.Document.QuerySelector("form[data-pratinjau='log'] textarea")!.TextContent.Trim());

        // Someone who cannot approve cannot edit.
        var staf = await Browser.SignInAsync(app.Factory, "staf");
        var forbidden = await staf.PostCraftedAsync("/admin/token", $"/admin/materi/{id}?handler=Pratinjau", new() { ["kanal"] = "log", ["teks"] = "Bukan hak saya " + link });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.Status);

        await Sop.ActOkAsync(verifikator, id, "setujui", new() { ["Input.Klasifikasi"] = "berkala" });

        var rows = app.Factory.WithDb(db => db.Outbox.AsNoTracking().Where(o => o.MateriId == id).ToDictionary(o => o.Channel, o => o.Text));
        Assert.Equal(edited, rows["log"]);
        Assert.NotEqual(edited, rows["log-kedua"]);
        Assert.Contains(link, rows["log-kedua"], StringComparison.Ordinal);
    }
}
