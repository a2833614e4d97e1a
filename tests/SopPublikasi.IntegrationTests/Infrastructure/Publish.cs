using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace SopPublikasi.IntegrationTests.Infrastructure;

/// <summary>Runs the SOP through the API to an approval (the moment the outbox rows are written).</summary>
public static class Publish
{
    public static async Task<Guid> ApproveAsync(SopAppFactory f, string judul, byte[]? cover = null, string ringkasan = "Kegiatan berjalan lancar.", string isi = "<p>Isi berita.</p>")
    {
        var id = await ToVerificationAsync(f, judul, cover, ringkasan, isi);
        await MoveAsync(await Api.ClientForAsync(f, "verifikator"), id, new { aksi = "setujui", klasifikasi = "berkala" }, f);
        return id;
    }

    /// <summary>Runs the SOP up to the verifier's desk (state Verifikasi), where the posts can be previewed and edited.</summary>
    public static async Task<Guid> ToVerificationAsync(SopAppFactory f, string judul, byte[]? cover = null, string ringkasan = "Kegiatan berjalan lancar.", string isi = "<p>Isi berita.</p>")
    {
        ArgumentNullException.ThrowIfNull(f);
        var staffId = f.WithDb(db => db.Users.Single(u => u.UserName == "staf").Id);
        var created = await (await Api.ClientForAsync(f, "ppid")).PostJsonAsync("/api/v1/disposisi", new
        {
            nomorAgenda = "005/" + Random.Shared.Next(1000, 9999) + "/2026",
            tanggalDiterima = "2026-11-23",
            asalSurat = "PPID",
            perihal = judul,
            instruksi = new[] { "Untuk dipublikasikan" },
            diteruskanKepada = "Sekretaris",
        });
        var id = (await created.JsonAsync()).GetProperty("id").GetGuid();
        var sekretaris = await Api.ClientForAsync(f, "sekretaris");
        var staf = await Api.ClientForAsync(f, "staf");
        await MoveAsync(await Api.ClientForAsync(f, "agendaris"), id, new { aksi = "teruskan" }, f);
        await MoveAsync(sekretaris, id, new { aksi = "terima" }, f);
        await MoveAsync(sekretaris, id, new { aksi = "tugaskan", petugasId = staffId }, f);
        Guid? coverId = null;
        if (cover is not null)
        {
            var upload = await staf.UploadAsync(cover, "sampul.jpg");
            Assert.True(upload.IsSuccessStatusCode, await upload.Content.ReadAsStringAsync());
            coverId = (await upload.JsonAsync()).GetProperty("id").GetGuid();
        }

        using (var put = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/v1/materi/{id}", UriKind.Relative))
        {
            Content = JsonContent.Create(new { judul, ringkasan, isi, kategoriId = 1, fotoSampulId = coverId, fotoSampulAlt = coverId is null ? null : "Warga di pendapa kecamatan" }),
        })
        {
            put.Headers.IfMatch.Add(new EntityTagHeaderValue("\"0\""));
            var saved = await staf.SendAsync(put);
            Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        }

        await MoveAsync(staf, id, new { aksi = "serahkan" }, f);
        await MoveAsync(sekretaris, id, new { aksi = "ajukan-verifikasi" }, f);
        return id;
    }

    /// <summary>
    /// Runs many items up to the verifier's desk through the API, <paramref name="parallel"/> at a time, with one client
    /// per role (the single-item helper makes a token per call); returns their ids in the order of <paramref name="titles"/>.
    /// </summary>
    public static async Task<IReadOnlyList<Guid>> ManyToVerificationAsync(SopAppFactory f, IReadOnlyList<string> titles, int parallel = 4)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(titles);
        var staffId = f.WithDb(db => db.Users.Single(u => u.UserName == "staf").Id);
        var ppid = await Api.ClientForAsync(f, "ppid");
        var agendaris = await Api.ClientForAsync(f, "agendaris");
        var sekretaris = await Api.ClientForAsync(f, "sekretaris");
        var staf = await Api.ClientForAsync(f, "staf");
        var ids = new Guid[titles.Count];
        await Parallel.ForAsync(0, titles.Count, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (i, ct) =>
        {
            var judul = titles[i];
            var created = await ppid.PostJsonAsync("/api/v1/disposisi", new
            {
                nomorAgenda = $"005/{i + 1}/2026",
                tanggalDiterima = "2026-11-23",
                asalSurat = "PPID",
                perihal = judul,
                instruksi = new[] { "Untuk dipublikasikan" },
                diteruskanKepada = "Sekretaris",
            });
            Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync(ct));
            var id = (await created.JsonAsync()).GetProperty("id").GetGuid();
            await MoveAsync(agendaris, id, new { aksi = "teruskan" }, f);
            await MoveAsync(sekretaris, id, new { aksi = "terima" }, f);
            await MoveAsync(sekretaris, id, new { aksi = "tugaskan", petugasId = staffId }, f);
            using (var put = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/v1/materi/{id}", UriKind.Relative))
            {
                Content = JsonContent.Create(new { judul, ringkasan = "Ringkasan " + judul + ".", isi = "<p>Isi berita.</p>", kategoriId = 1 }),
            })
            {
                put.Headers.IfMatch.Add(new EntityTagHeaderValue("\"0\""));
                var saved = await staf.SendAsync(put, ct);
                Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync(ct));
            }

            await MoveAsync(staf, id, new { aksi = "serahkan" }, f);
            await MoveAsync(sekretaris, id, new { aksi = "ajukan-verifikasi" }, f);
            ids[i] = id;
        });
        return ids;
    }

    /// <summary>Carries one item through the whole SOP to publication; the body is <paramref name="note"/> when given.</summary>
    public static Task<Guid> ThroughApiAsync(SopAppFactory f, string title, string? note = null) =>
        ApproveAsync(f, title, ringkasan: "Ringkasan " + title + ".", isi: "<p>" + (note ?? "Isi berita.") + "</p>");

    public static async Task MoveAsync(HttpClient client, Guid id, object body, SopAppFactory f)
    {
        var response = await client.PostJsonAsync($"/api/v1/materi/{id}/transisi", body);
        Assert.True(response.IsSuccessStatusCode, $"{body}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}\n{f.Errors}");
    }
}
