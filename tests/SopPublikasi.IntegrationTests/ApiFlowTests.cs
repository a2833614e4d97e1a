using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.CrossPosting;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.IntegrationTests;

/// <summary>The whole SOP through the API alone, one token per role; its history matches the admin path's.</summary>
public class ApiFlowTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static object Disposisi(string perihal) => new
    {
        nomorAgenda = "005/API/2026",
        tanggalDiterima = "2026-11-23",
        asalSurat = "PPID Pembantu Kecamatan",
        perihal,
        urgency = 1,
        securityClass = 0,
        instruksi = new[] { "Untuk ditindaklanjuti", "Untuk dipublikasikan" },
        diteruskanKepada = "Sekretaris Kecamatan",
    };

    [Fact]
    public async Task WholeSop_ThroughApi_PublishesAndRecordsTheSameHistoryAsTheAdmin()
    {
        var f = app.Factory;
        var ppid = await Api.ClientForAsync(f, "ppid");
        var agendaris = await Api.ClientForAsync(f, "agendaris");
        var sekretaris = await Api.ClientForAsync(f, "sekretaris");
        var staf = await Api.ClientForAsync(f, "staf");
        var verifikator = await Api.ClientForAsync(f, "verifikator");
        var staffId = f.WithDb(db => db.Users.Single(u => u.UserName == "staf").Id);

        var created = await ppid.PostJsonAsync("/api/v1/disposisi", Disposisi("Publikasi Festival Budaya Kecamatan"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync()).GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/materi/{id}", created.Headers.Location?.OriginalString);

        var tasks = await agendaris.GetFromJsonAsync<JsonElement>("/api/v1/tugas");
        Assert.Contains(tasks.EnumerateArray(), t => t.GetProperty("materiId").GetGuid() == id && t.GetProperty("aksi")[0].GetString() == "teruskan");

        await Ok(agendaris, id, new { aksi = "teruskan" });
        await Ok(sekretaris, id, new { aksi = "terima" });
        await Ok(sekretaris, id, new { aksi = "tugaskan", petugasId = staffId });

        // The staff member uploads a cover image, then saves the draft naming it.
        var uploaded = await staf.UploadAsync(Sop.Png(), "festival.png");
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var image = await uploaded.JsonAsync();
        Assert.Equal("gambar", image.GetProperty("jenis").GetString());
        Assert.Equal(1, image.GetProperty("lebar").GetInt32());

        var etag = (await staf.GetAsync(new Uri($"/api/v1/materi/{id}", UriKind.Relative))).Headers.ETag!.Tag;
        Assert.Equal("\"0\"", etag);
        var draft = new
        {
            judul = "Festival Budaya Kecamatan 2026",
            ringkasan = "Festival budaya menampilkan kesenian dari seluruh desa.",
            isi = "<p>Reog, tari gambyong, dan karawitan tampil di alun-alun.</p>",
            kategoriId = 1,
            tanggalKegiatan = "2026-11-21",
            lokasiKegiatan = "Alun-alun Kecamatan",
            tag = new[] { "Budaya", "festival" },
            fotoSampulId = (Guid?)image.GetProperty("id").GetGuid(),
            fotoSampulAlt = "Penari gambyong di alun-alun",
        };
        var saved = await Put(staf, id, draft, etag);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("\"1\"", saved.Headers.ETag!.Tag);

        // A second save from the same stale ETag would overwrite version 1: refused.
        await (await Put(staf, id, draft with { judul = "Judul dari tab lama" }, etag)).ProblemAsync(412);

        await Ok(staf, id, new { aksi = "serahkan" });
        await Ok(sekretaris, id, new { aksi = "ajukan-verifikasi" });
        await Ok(verifikator, id, new { aksi = "kembalikan", catatan = "Sebutkan jumlah pengunjung." });

        var returned = await sekretaris.GetFromJsonAsync<JsonElement>($"/api/v1/materi/{id}");
        Assert.Equal("Sebutkan jumlah pengunjung.", returned.GetProperty("alasanPengembalian").GetString());
        var fixedDraft = draft with { isi = "<p>Sekitar 2.000 pengunjung hadir.</p>", fotoSampulId = (Guid?)null };
        Assert.Equal(HttpStatusCode.OK, (await Put(sekretaris, id, fixedDraft, "\"1\"")).StatusCode);
        await Ok(sekretaris, id, new { aksi = "ajukan-verifikasi" });
        var approved = await Ok(verifikator, id, new { aksi = "setujui", klasifikasi = "berkala", dipRetensi = "10 tahun" });
        Assert.Equal("Terbit", approved.GetProperty("tahap").GetString());

        // Live for the public at once, with its image variants and tags.
        var visitor = Api.Anonymous(f);
        var article = await visitor.GetFromJsonAsync<JsonElement>("/api/v1/berita/festival-budaya-kecamatan-2026");
        Assert.Contains("2.000 pengunjung", article.GetProperty("isi").GetString(), StringComparison.Ordinal);
        Assert.Equal(["budaya", "festival"], article.GetProperty("tag").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(1, article.GetProperty("foto").GetProperty("varian")[0].GetProperty("lebar").GetInt32());
        // A photo on the wire is its alt text, its variants, and the media library's caption and credit (null until
        // given), in the list as in the detail (nothing for the pages' markup).
        var listed = (await visitor.GetFromJsonAsync<JsonElement>("/api/v1/berita")).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("slug").GetString() == "festival-budaya-kecamatan-2026");
        Assert.All([article.GetProperty("foto"), listed.GetProperty("foto")], foto => Assert.Equal(["alt", "varian", "keterangan", "kredit"], foto.EnumerateObject().Select(p => p.Name)));
        var dip = await visitor.GetFromJsonAsync<JsonElement>("/api/v1/informasi-publik");
        var berkala = dip.GetProperty("kategori").EnumerateArray().Single(k => k.GetProperty("kode").GetString() == "berkala");
        Assert.Contains(berkala.GetProperty("items").EnumerateArray(), i => i.GetProperty("judul").GetString() == "Festival Budaya Kecamatan 2026" && i.GetProperty("retensi").GetString() == "10 tahun");

        var crossposts = await sekretaris.GetFromJsonAsync<JsonElement>($"/api/v1/materi/{id}/crosspost");
        Assert.Equal(2, crossposts.GetArrayLength());
        // Composed per channel from the article: title, summary, link and the tags as hashtags.
        var posts = f.WithDb(db => db.Outbox.AsNoTracking().Where(o => o.MateriId == id).Select(o => o.Text).ToList());
        Assert.All(posts, text => Assert.Equal(
            "Festival Budaya Kecamatan 2026\n\nFestival budaya menampilkan kesenian dari seluruh desa.\n\nhttps://kecamatan-contoh.karanganyarkab.go.id/berita/festival-budaya-kecamatan-2026\n\n#budaya #festival",
            text));

        // Same moves through the admin: the history differs only in ids, times and hashes.
        var adminId = await AdminPathAsync(staffId);
        Assert.Equal(Shape(adminId), Shape(id));
        Assert.Null(HistoryChain.FindBreak(f.WithDb(db => db.History.AsNoTracking().Where(h => h.MateriId == id).ToList())));
    }

    private List<string> Shape(Guid id) => app.Factory.WithDb(db => db.History.AsNoTracking()
        .Where(h => h.MateriId == id).OrderBy(h => h.Sequence)
        .Select(h => $"{h.Sequence}|{h.Action}|{h.From}|{h.To}|{h.SopStep}|{h.ActorName}|{h.Role}|{h.Note}|{h.VersionNumber}")
        .ToList());

    private async Task<Guid> AdminPathAsync(string staffId)
    {
        var id = await Sop.CreateDisposisiAsync(await app.SignInAsync("ppid"), "Publikasi Festival Budaya lewat admin");
        await Sop.ActOkAsync(await app.SignInAsync("agendaris"), id, "teruskan");
        var sekretaris = await app.SignInAsync("sekretaris");
        await Sop.ActOkAsync(sekretaris, id, "terima");
        await Sop.ActOkAsync(sekretaris, id, "tugaskan", new() { ["Input.PetugasId"] = staffId });
        var staf = await app.SignInAsync("staf");
        await Sop.SaveDraftAsync(staf, id, Sop.Draft("Festival Budaya lewat admin"));
        await Sop.ActOkAsync(staf, id, "serahkan");
        await Sop.ActOkAsync(sekretaris, id, "ajukan-verifikasi");
        var verifikator = await app.SignInAsync("verifikator");
        await Sop.ActOkAsync(verifikator, id, "kembalikan", new() { ["Input.Catatan"] = "Sebutkan jumlah pengunjung." });
        await Sop.SaveDraftAsync(sekretaris, id, Sop.Draft("Festival Budaya lewat admin", "<p>Sekitar 2.000 pengunjung hadir.</p>"));
        await Sop.ActOkAsync(sekretaris, id, "ajukan-verifikasi");
        await Sop.ActOkAsync(verifikator, id, "setujui", new() { ["Input.Klasifikasi"] = "berkala" });
        return id;
    }

    private async Task<JsonElement> Ok(HttpClient client, Guid id, object body)
    {
        var response = await client.PostJsonAsync($"/api/v1/materi/{id}/transisi", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{body}: {(int)response.StatusCode} {text[..Math.Min(300, text.Length)]}\n{app.Factory.Errors}");
        return JsonDocument.Parse(text).RootElement;
    }

    private static async Task<HttpResponseMessage> Put<T>(HttpClient client, Guid id, T body, string etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/v1/materi/{id}", UriKind.Relative)) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        return await client.SendAsync(request);
    }
}
