using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Media;
using SopPublikasi.Module.Pratinjau;

namespace SopPublikasi.IntegrationTests;

/// <summary>
/// Issue 20, before approval: the draft in the public article template for everyone who may see the item (body photos
/// included), preview links for someone without an account (one version, noindex, revocable, expiring), the
/// autosave slot and restoring an earlier version as a new draft.
/// </summary>
public sealed class PreviewTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task BodyPhoto_UploadedByStaf_SekretarisAndVerifierSeeIt_PublicAndColleagueDoNot()
    {
        var (id, photo) = await ItemWithBodyPhotoAsync("Foto isi untuk semua");
        var variant = app.Factory.WithDb(db => db.Media.Single(m => m.Id == photo).Variants.First());
        var sekretaris = await app.SignInAsync("sekretaris");
        var verifikator = await app.SignInAsync("verifikator");

        Assert.Equal(HttpStatusCode.OK, (await sekretaris.Http.GetAsync(new Uri($"/media/{photo}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await sekretaris.Http.GetAsync(new Uri($"/media/{photo}/{variant.Width}.{variant.Format}", UriKind.Relative))).StatusCode);
        // Before it is handed to verification the item is not the verifier's to read, nor its photos.
        Assert.Equal(HttpStatusCode.NotFound, (await verifikator.Http.GetAsync(new Uri($"/media/{photo}", UriKind.Relative))).StatusCode);

        await Sop.ActOkAsync(sekretaris, id, "ajukan-verifikasi");

        Assert.Equal(HttpStatusCode.OK, (await verifikator.Http.GetAsync(new Uri($"/media/{photo}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await verifikator.Http.GetAsync(new Uri($"/media/{photo}/{variant.Width}.{variant.Format}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().Http.GetAsync(new Uri($"/media/{photo}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignInAsync("staf2")).Http.GetAsync(new Uri($"/media/{photo}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Preview_FromItemPage_PublicTemplateMarkedNoindexNotCached()
    {
        var (id, photo) = await ItemWithBodyPhotoAsync("Pratinjau dari halaman materi");
        var sekretaris = await app.SignInAsync("sekretaris");
        var item = await sekretaris.GetAsync($"/admin/materi/{id}");
        var link = item.Document.QuerySelector("[data-testid=buka-pratinjau]")?.GetAttribute("href");
        Assert.Equal($"/admin/materi/{id}/pratinjau", link);

        using var response = await sekretaris.Http.GetAsync(new Uri(link!, UriKind.Relative));
        var page = await Page.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Pratinjau — belum terbit", page.Document.QuerySelector("[data-testid=pratinjau]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Pratinjau dari halaman materi", page.Document.QuerySelector("article h1")?.TextContent);
        Assert.Equal("noindex, nofollow", page.Document.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Contains("noindex", response.Headers.GetValues("X-Robots-Tag").Single(), StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.NoStore, "a preview must not be stored");
        Assert.Equal($"/media/{photo}", page.Document.QuerySelector("article .article-body img")?.GetAttribute("src"));
        Assert.Null(page.Document.QuerySelector("link[rel=canonical]"));
    }

    [Fact]
    public async Task PreviewLink_AnonymousSeesThatVersionAndItsPhoto_LaterSaveDoesNotChangeIt_RevokedIs410()
    {
        var (id, photo) = await ItemWithBodyPhotoAsync("Versi untuk Camat");
        var sekretaris = await app.SignInAsync("sekretaris");
        var made = await sekretaris.SubmitAsync($"/admin/materi/{id}", "form[data-testid=form-tautan-pratinjau]", []);
        var url = made.Document.QuerySelector("[data-testid=tautan-pratinjau-baru]")?.GetAttribute("value");
        Assert.NotNull(url);
        var path = new Uri(url).AbsolutePath;
        Assert.Equal(1, app.Factory.WithDb(db => db.PreviewLinks.Count(l => l.MateriId == id)));

        // A later save (the Sekretaris corrects the title) does not change what the link shows.
        var saved = await Sop.SaveDraftAsync(sekretaris, id, Sop.Draft("Versi kedua sesudah koreksi", $"<p>Isi baru.</p><p><img src=\"/media/{photo}\" alt=\"Foto kegiatan\"></p>"));
        Assert.True(saved.Errors().Length == 0, saved.Errors());

        var anonymous = app.Anonymous();
        using var response = await anonymous.Http.GetAsync(new Uri(path, UriKind.Relative));
        var page = await Page.ReadAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Versi untuk Camat", page.Document.QuerySelector("article h1")?.TextContent);
        Assert.Contains("Versi 1", page.Document.QuerySelector("[data-testid=pratinjau]")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("noindex", response.Headers.GetValues("X-Robots-Tag").Single(), StringComparison.Ordinal);
        Assert.Equal("noindex, nofollow", page.Document.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.False(response.Headers.CacheControl?.Public);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());

        // Its photo through the link, and only through it.
        var img = page.Document.QuerySelector("article .article-body img")?.GetAttribute("src");
        Assert.Equal($"{path}/media/{photo}", img);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.Http.GetAsync(new Uri(img!, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Http.GetAsync(new Uri($"/media/{photo}", UriKind.Relative))).StatusCode);
        var other = await UploadPhotoAsync(sekretaris, id, "lain.jpg"); // a file of the same item, not in the linked version
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Http.GetAsync(new Uri($"{path}/media/{other}", UriKind.Relative))).StatusCode);

        // Revoked from the item page: 410 with a page in Bahasa Indonesia, its photo gone too, the revocation recorded.
        var revoked = await sekretaris.SubmitAsync($"/admin/materi/{id}", "form[data-testid=cabut-tautan]", []);
        Assert.Contains("dicabut", revoked.Document.QuerySelector("[data-testid=daftar-tautan-pratinjau]")?.TextContent, StringComparison.Ordinal);
        var gone = await anonymous.GetAsync(path);
        Assert.Equal(HttpStatusCode.Gone, gone.Status);
        Assert.Contains("sudah dicabut", gone.Document.QuerySelector("[data-testid=pratinjau-tidak-berlaku]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Http.GetAsync(new Uri(img!, UriKind.Relative))).StatusCode);
        var link = app.Factory.WithDb(db => db.PreviewLinks.Single(l => l.MateriId == id));
        Assert.NotNull(link.RevokedById);

        // The item's history shows the link made and revoked, by whom, for the version it showed.
        var riwayat = revoked.Document.QuerySelector("[data-testid=riwayat]")!;
        var madeText = riwayat.QuerySelector($"[data-pratinjau='{link.Id}']")?.TextContent ?? string.Empty;
        var unmade = riwayat.QuerySelector($"[data-pratinjau-dicabut='{link.Id}']")?.TextContent ?? string.Empty;
        Assert.Contains("Tautan pratinjau dibuat", madeText, StringComparison.Ordinal);
        Assert.Contains("versi 1", madeText, StringComparison.Ordinal);
        Assert.Contains("Tautan pratinjau dicabut", unmade, StringComparison.Ordinal);
        Assert.Contains(link.RevokedByName!, unmade, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/pratinjau/bukan-tautan")).Status);
    }

    [Fact]
    public async Task PreviewLink_ThroughTheApi_ExpiresAfter72Hours()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 2, 0, 0, TimeSpan.Zero));
        using var factory = new SopAppFactory { Clock = clock };
        await factory.SeedUsersAsync();
        var id = await SopShortcuts.ToCorrectionAsync(factory, "Tautan yang kedaluwarsa", "<p>Isi untuk narasumber.</p>");
        var api = await Api.ClientForAsync(factory, "sekretaris");

        using var created = await api.PostAsync(new Uri($"/api/v1/materi/{id}/tautan-pratinjau", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var json = await created.JsonAsync();
        var path = new Uri(json.GetProperty("url").GetString()!).AbsolutePath;
        Assert.Equal(new DateTimeOffset(2026, 12, 10, 9, 0, 0, TimeSpan.FromHours(7)), json.GetProperty("berlakuHingga").GetDateTimeOffset());
        var anonymous = new Browser(factory);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(path)).Status);
        using (var one = await api.GetAsync(created.Headers.Location!))
        {
            Assert.Equal(HttpStatusCode.OK, one.StatusCode); // the Location answers with the link, without its address
            var link = await one.JsonAsync();
            Assert.Equal(json.GetProperty("id").GetString(), link.GetProperty("id").GetString());
            Assert.False(link.TryGetProperty("url", out var again) && again.ValueKind == JsonValueKind.String);
        }

        clock.Advance(TimeSpan.FromHours(72) - TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(path)).Status);
        clock.Advance(TimeSpan.FromMinutes(2));
        var expired = await anonymous.GetAsync(path);
        Assert.Equal(HttpStatusCode.Gone, expired.Status);
        Assert.Contains("kedaluwarsa", expired.Document.QuerySelector("[data-testid=pratinjau-tidak-berlaku]")?.TextContent, StringComparison.Ordinal);

        api = await Api.ClientForAsync(factory, "sekretaris"); // a fresh token: the first may have a shorter life than the clock's jump
        using var list = await api.GetAsync(new Uri($"/api/v1/materi/{id}/tautan-pratinjau", UriKind.Relative));
        var links = await list.JsonAsync();
        Assert.Equal("kedaluwarsa", links[0].GetProperty("status").GetString());
        Assert.False(links[0].TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String, "the link's address is given once, at creation");

        using var preview = await api.GetAsync(new Uri($"/api/v1/materi/{id}/pratinjau", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal("Tautan yang kedaluwarsa", (await preview.JsonAsync()).GetProperty("judul").GetString());
        Assert.Contains("noindex", preview.Headers.GetValues("X-Robots-Tag").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Autosave_KeepsASlotWithoutAVersion_OfferedOnReturn_ClearedBySave()
    {
        var id = await SopShortcuts.ToPenyusunanAsync(app.Factory, "Draf yang ditulis di ponsel");
        var staf = await app.SignInAsync("staf");
        var editor = await staf.GetAsync($"/admin/materi/{id}/sunting");
        var token = editor.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var autosaveUrl = editor.Document.QuerySelector("form[data-autosave-url]")!.GetAttribute("data-autosave-url")!;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Judul"] = "Judul yang belum disimpan",
            ["Input.Isi"] = "<p>Paragraf yang sedang ditulis.</p>",
            ["Input.VersiDasar"] = "0",
            ["TagTeks"] = "posyandu, balita",
        });

        using var response = await staf.Http.PostAsync(new Uri(autosaveUrl, UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, app.Factory.WithDb(db => db.MateriVersions.Count(v => v.MateriId == id)));
        var back = await staf.GetAsync($"/admin/materi/{id}/sunting");
        var offer = back.Document.QuerySelector("[data-testid=pulihkan-otomatis] a");
        Assert.StartsWith("Pulihkan draf otomatis dari", offer?.TextContent, StringComparison.Ordinal);
        var restored = await staf.GetAsync($"/admin/materi/{id}/sunting" + offer!.GetAttribute("href"));
        Assert.Equal("Judul yang belum disimpan", restored.Document.QuerySelector("#Input_Judul")?.GetAttribute("value"));
        Assert.Contains("Paragraf yang sedang ditulis.", restored.Document.QuerySelector("#Input_Isi")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("posyandu, balita", restored.Document.QuerySelector("#TagTeks")?.GetAttribute("value"));

        // Someone else's slot is their own: the Sekretaris (no editor at this step) cannot write one.
        var sekretaris = await app.SignInAsync("sekretaris");
        using var refused = await sekretaris.Http.PostAsync(new Uri(autosaveUrl, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = (await sekretaris.GetAsync("/admin/token")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["Input.Judul"] = "x",
        }));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var saved = await Sop.SaveDraftAsync(staf, id, Sop.Draft("Judul yang belum disimpan"));
        Assert.True(saved.Errors().Length == 0, saved.Errors());
        Assert.Equal(0, app.Factory.WithDb(db => db.DraftAutosaves.Count(a => a.MateriId == id)));
        Assert.Null((await staf.GetAsync($"/admin/materi/{id}/sunting")).Document.QuerySelector("[data-testid=pulihkan-otomatis]"));
    }

    [Fact]
    public async Task Restore_EarlierVersionAsNewDraft_OnlyByWhoMayEditNow_StaleBaseRefused()
    {
        var id = await SopShortcuts.ToCorrectionAsync(app.Factory, "Judul versi pertama", "<p>Isi versi pertama.</p>");
        var sekretaris = await app.SignInAsync("sekretaris");
        var saved = await Sop.SaveDraftAsync(sekretaris, id, Sop.Draft("Judul versi kedua", "<p>Isi versi kedua.</p>"));
        Assert.True(saved.Errors().Length == 0, saved.Errors());

        // The Staf may read the item at correction but not edit it: no button, and a crafted post is refused.
        var staf = await app.SignInAsync("staf");
        Assert.Null((await staf.GetAsync($"/admin/materi/{id}")).Document.QuerySelector("[data-testid=pulihkan-versi-1]"));
        var crafted = await staf.PostCraftedAsync($"/admin/materi/{id}", $"/admin/materi/{id}?handler=PulihkanVersi", new() { ["versi"] = "1", ["versiDasar"] = "2" });
        Assert.Equal(HttpStatusCode.Forbidden, crafted.Status);

        // A stale base version is refused and makes nothing.
        var stale = await sekretaris.PostCraftedAsync($"/admin/materi/{id}", $"/admin/materi/{id}?handler=PulihkanVersi", new() { ["versi"] = "1", ["versiDasar"] = "1" });
        Assert.Contains("sudah diubah orang lain", stale.Text(), StringComparison.Ordinal);
        Assert.Equal(2, app.Factory.WithDb(db => db.MateriVersions.Count(v => v.MateriId == id)));

        var restored = await sekretaris.SubmitAsync($"/admin/materi/{id}", "form[data-testid=pulihkan-versi-1]", []);

        Assert.Contains("dipulihkan sebagai versi 3", restored.Text(), StringComparison.Ordinal);
        var v3 = app.Factory.WithDb(db => db.MateriVersions.Single(v => v.MateriId == id && v.Number == 3));
        Assert.Equal("Judul versi pertama", v3.Title);
        Assert.Equal("<p>Isi versi pertama.</p>", v3.Body);
        Assert.Equal(3, app.Factory.WithDb(db => db.Materi.Single(m => m.Id == id).LatestVersion));
    }

    [Fact]
    public async Task Diff_AtCorrection_ComparesWithWhatTheReviewerLastSaw_StableOnReload()
    {
        var id = await SopShortcuts.ToCorrectionAsync(app.Factory, "Koreksi yang dibandingkan", "<p>Isi yang dilihat Sekretaris.</p>");
        var sekretaris = await app.SignInAsync("sekretaris");
        await sekretaris.GetAsync($"/admin/materi/{id}"); // sees version 1
        await Sop.ActOkAsync(sekretaris, id, "kembalikan-ke-staf", new() { ["Input.Catatan"] = "Tambahkan jumlah peserta." });

        // The Staf saves twice before handing it in again: the last two saves differ only by the second edit.
        var staf = await app.SignInAsync("staf");
        foreach (var body in new[] { "<p>Isi dengan 40 peserta.</p>", "<p>Isi dengan 40 peserta dari 5 desa.</p>" })
        {
            var saved = await Sop.SaveDraftAsync(staf, id, Sop.Draft("Koreksi yang dibandingkan", body));
            Assert.True(saved.Errors().Length == 0, saved.Errors());
        }

        await Sop.ActOkAsync(staf, id, "serahkan");

        foreach (var _ in new[] { "first", "reload" })
        {
            var diff = await sekretaris.GetAsync($"/admin/materi/{id}/perbedaan");
            var headings = diff.Document.QuerySelectorAll("h3").Select(h => h.TextContent.Trim()).ToList();
            Assert.Contains("Dibanding versi yang terakhir Anda lihat (versi 1) → versi 3", headings);
            Assert.DoesNotContain(headings, h => h.StartsWith("Dibanding versi sebelumnya", StringComparison.Ordinal));
        }

        // Someone who never saw it and never acted on it gets the last two saves, as before.
        var ppid = await app.SignInAsync("ppid");
        var theirs = await ppid.GetAsync($"/admin/materi/{id}/perbedaan");
        Assert.Contains(theirs.Document.QuerySelectorAll("h3").Select(h => h.TextContent.Trim()), h => h.StartsWith("Dibanding versi sebelumnya (versi 2)", StringComparison.Ordinal));
    }

    private static async Task<Guid> UploadPhotoAsync(Browser editor, Guid id, string name)
    {
        var page = await editor.GetAsync($"/admin/materi/{id}/sunting");
        var token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var file = new ByteArrayContent(Photos.Jpeg(1000, 750));
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { file, "berkas", name } };
        using var upload = await editor.Http.PostAsync(new Uri($"/admin/materi/{id}/sunting?handler=Foto", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        return (await upload.JsonAsync()).GetProperty("id").GetGuid();
    }

    /// <summary>An item at correction whose body shows a photo the Staf uploaded through the editor.</summary>
    private async Task<(Guid Id, Guid Photo)> ItemWithBodyPhotoAsync(string title)
    {
        var id = await SopShortcuts.ToPenyusunanAsync(app.Factory, title);
        var staf = await app.SignInAsync("staf");
        var photo = await UploadPhotoAsync(staf, id, "kegiatan.jpg");
        var saved = await Sop.SaveDraftAsync(staf, id, Sop.Draft(title, $"<p>Kegiatan berjalan lancar.</p><p><img src=\"/media/{photo}\" alt=\"Foto kegiatan\"></p>"));
        Assert.True(saved.Errors().Length == 0, saved.Errors());
        await Sop.ActOkAsync(staf, id, "serahkan");
        return (id, photo);
    }
}
