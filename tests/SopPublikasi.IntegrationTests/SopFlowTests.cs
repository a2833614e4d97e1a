using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.CrossPosting;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.IntegrationTests;

/// <summary>The whole SOP through the admin over HTTP, each step by the user who holds its role.</summary>
public class SopFlowTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task WholeSop_WithOneSendBack_PublishesLiveAndDispatchesOneCrossPostPerEnabledChannel()
    {
        var ppid = await app.SignInAsync("ppid");
        var agendaris = await app.SignInAsync("agendaris");
        var sekretaris = await app.SignInAsync("sekretaris");
        var staf = await app.SignInAsync("staf");
        var verifikator = await app.SignInAsync("verifikator");

        var id = await Sop.CreateDisposisiAsync(ppid, "Publikasi Musrenbang Kecamatan 2027");
        await Sop.ActOkAsync(agendaris, id, "teruskan");
        await Sop.ActOkAsync(sekretaris, id, "terima");
        var staffId = app.Factory.WithDb(db => db.Users.Single(u => u.UserName == "staf").Id);
        await Sop.ActOkAsync(sekretaris, id, "tugaskan", new() { ["Input.PetugasId"] = staffId });

        var tasks = await staf.GetAsync("/admin");
        Assert.NotNull(tasks.Document.QuerySelector($"[data-testid=tugas-saya] [data-materi='{id}']"));

        // A cover image without alt text is refused beside the field, and nothing is saved.
        var withoutAlt = await Sop.SaveDraftAsync(staf, id, Sop.Draft("Musrenbang Kecamatan Tahun 2027"), [("FotoSampul", "musrenbang.png", Sop.Png())]);
        Assert.Contains("Teks alternatif", withoutAlt.Errors(), StringComparison.Ordinal);
        Assert.Equal(0, app.Factory.WithDb(db => db.MateriVersions.Count(v => v.MateriId == id)));

        var draft = Sop.Draft("Musrenbang Kecamatan Tahun 2027");
        draft["Input.FotoSampulAlt"] = "Camat membuka Musrenbang di Pendapa Kecamatan";
        var saved = await Sop.SaveDraftAsync(staf, id, draft, [("FotoSampul", "musrenbang.png", Sop.Png()), ("Lampiran", "notulen.pdf", Sop.Pdf())]);
        Assert.Contains("versi 1", saved.Text(), StringComparison.Ordinal);
        await Sop.ActOkAsync(staf, id, "serahkan");
        await Sop.ActOkAsync(sekretaris, id, "ajukan-verifikasi");

        await Sop.ActOkAsync(verifikator, id, "kembalikan", new() { ["Input.Catatan"] = "Tambahkan jumlah peserta." });
        var returned = await sekretaris.GetAsync($"/admin/materi/{id}");
        Assert.Contains("Tambahkan jumlah peserta.", returned.Document.QuerySelector("[data-testid=alasan-kembali]")?.TextContent, StringComparison.Ordinal);

        var corrected = await sekretaris.GetAsync($"/admin/materi/{id}/sunting");
        Assert.Contains("Tambahkan jumlah peserta.", corrected.Text(), StringComparison.Ordinal);
        var fix = Sop.Draft("Musrenbang Kecamatan Tahun 2027", "<p>Diikuti 120 peserta.</p><script>alert('x')</script>");
        fix["Input.FotoSampulAlt"] = "Camat membuka Musrenbang di Pendapa Kecamatan";
        var keep = corrected.Document.QuerySelectorAll("input[name='Input.LampiranDipertahankan']").Select(e => e.GetAttribute("value")!).ToArray();
        Assert.Single(keep);
        fix["Input.LampiranDipertahankan"] = keep;
        var correctedSave = await Sop.SaveDraftAsync(sekretaris, id, fix);
        Assert.True(correctedSave.Errors().Length == 0, correctedSave.Errors());
        await Sop.ActOkAsync(sekretaris, id, "ajukan-verifikasi");

        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync("/berita/musrenbang-kecamatan-tahun-2027")).Status);

        await Sop.ActOkAsync(verifikator, id, "setujui", new() { ["Input.Klasifikasi"] = "berkala" });

        // Live at once: public page, home page and API in the very next request.
        var visitor = app.Anonymous();
        var article = await visitor.GetAsync("/berita/musrenbang-kecamatan-tahun-2027");
        Assert.Equal(HttpStatusCode.OK, article.Status);
        Assert.Contains("Diikuti 120 peserta.", article.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("alert(", article.Html, StringComparison.Ordinal);
        Assert.Equal("Camat membuka Musrenbang di Pendapa Kecamatan", article.Document.QuerySelector("img.article-cover")?.GetAttribute("alt"));
        var coverUrl = article.Document.QuerySelector("img.article-cover")!.GetAttribute("src")!;
        var cover = await visitor.Http.GetAsync(new Uri(coverUrl, UriKind.Relative));
        Assert.Equal("image/jpeg", cover.Content.Headers.ContentType?.MediaType); // the PNG's JPEG variant, for every browser
        var webpUrl = article.Document.QuerySelector("picture source[type='image/webp']")!.GetAttribute("srcset")!.Split(' ')[0];
        Assert.Equal("image/webp", (await visitor.Http.GetAsync(new Uri(webpUrl, UriKind.Relative))).Content.Headers.ContentType?.MediaType);
        Assert.Contains("Musrenbang Kecamatan Tahun 2027", (await visitor.GetAsync("/")).Text(), StringComparison.Ordinal);

        var api = await visitor.Http.GetFromJsonAsync<JsonElement>("/api/v1/berita?page=1&pageSize=10");
        var item = api.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("slug").GetString() == "musrenbang-kecamatan-tahun-2027");
        Assert.EndsWith("+07:00", item.GetProperty("terbit").GetString(), StringComparison.Ordinal);
        Assert.Equal("https://kecamatan-contoh.karanganyarkab.go.id/berita/musrenbang-kecamatan-tahun-2027", item.GetProperty("url").GetString());
        var detail = await visitor.Http.GetFromJsonAsync<JsonElement>("/api/v1/berita/musrenbang-kecamatan-tahun-2027");
        Assert.Contains("120 peserta", detail.GetProperty("isi").GetString(), StringComparison.Ordinal);

        // History: every step in order, by the right people, hash chain whole.
        var history = app.Factory.WithDb(db => db.History.AsNoTracking().Where(h => h.MateriId == id).OrderBy(h => h.Sequence).ToList());
        Assert.Equal(
            ["buat", "teruskan", "terima", "tugaskan", "serahkan", "ajukan-verifikasi", "kembalikan", "ajukan-verifikasi", "setujui", "tayangkan"],
            history.Select(h => h.Action));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 6, 7, 8], history.Select(h => h.SopStep));
        Assert.Equal(["Uji ppid", "Uji agendaris", "Uji sekretaris"], history.Take(3).Select(h => h.ActorName));
        Assert.Equal("Tambahkan jumlah peserta.", history[6].Note);
        Assert.Equal(2, history[^1].VersionNumber);
        Assert.Null(HistoryChain.FindBreak(history));
        var timeline = (await sekretaris.GetAsync($"/admin/materi/{id}")).Document.QuerySelectorAll("[data-testid=riwayat] li").Select(li => li.GetAttribute("data-aksi"));
        Assert.Equal(history.Select(h => h.Action), timeline);

        // Outbox: one row per enabled channel, sent by the log channel.
        var outbox = await Eventually.WaitAsync(() => app.Factory.WithDb(db => db.Outbox.AsNoTracking().Where(o => o.MateriId == id).ToList()), rows => rows.All(r => r.Status == OutboxStatus.Sent), TimeSpan.FromSeconds(20));
        Assert.Equal(["log", "log-kedua"], outbox.Select(o => o.Channel).Order());
        Assert.All(outbox, o => Assert.StartsWith("log-", o.RemoteId, StringComparison.Ordinal));
        Assert.All(outbox, o => Assert.Contains("https://kecamatan-contoh.karanganyarkab.go.id/berita/musrenbang-kecamatan-tahun-2027", o.Text, StringComparison.Ordinal));
    }
}
