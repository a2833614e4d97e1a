namespace SopPublikasi.IntegrationTests.Infrastructure;

/// <summary>Carries one item through the whole SOP over the API, ending published; returns its id.</summary>
public static class Publish
{
    public static async Task<Guid> ThroughApiAsync(SopAppFactory f, string title, string? verifierInstanceNote = null)
    {
        ArgumentNullException.ThrowIfNull(f);
        var staffId = f.WithDb(db => db.Users.Single(u => u.UserName == "staf").Id);
        var created = await (await Api.ClientForAsync(f, "ppid")).PostJsonAsync("/api/v1/disposisi", new
        {
            nomorAgenda = "005/" + Guid.NewGuid().ToString("N")[..6] + "/2026",
            tanggalDiterima = "2026-11-23",
            asalSurat = "PPID",
            perihal = "Publikasi " + title,
            instruksi = new[] { "Untuk dipublikasikan" },
            diteruskanKepada = "Sekretaris",
        });
        var id = (await created.JsonAsync()).GetProperty("id").GetGuid();
        var sekretaris = await Api.ClientForAsync(f, "sekretaris");
        var staf = await Api.ClientForAsync(f, "staf");
        await MoveAsync(await Api.ClientForAsync(f, "agendaris"), id, new { aksi = "teruskan" }, f);
        await MoveAsync(sekretaris, id, new { aksi = "terima" }, f);
        await MoveAsync(sekretaris, id, new { aksi = "tugaskan", petugasId = staffId }, f);
        using (var put = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/v1/materi/{id}", UriKind.Relative))
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { judul = title, ringkasan = "Ringkasan " + title + ".", isi = "<p>" + (verifierInstanceNote ?? "Isi berita.") + "</p>", kategoriId = 1 }),
        })
        {
            put.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"0\""));
            var response = await staf.SendAsync(put);
            Assert.True(response.IsSuccessStatusCode, $"draft: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        await MoveAsync(staf, id, new { aksi = "serahkan" }, f);
        await MoveAsync(sekretaris, id, new { aksi = "ajukan-verifikasi" }, f);
        await MoveAsync(await Api.ClientForAsync(f, "verifikator"), id, new { aksi = "setujui", klasifikasi = "berkala" }, f);
        return id;
    }

    public static async Task MoveAsync(HttpClient client, Guid id, object body, SopAppFactory f)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(f);
        var response = await client.PostJsonAsync($"/api/v1/materi/{id}/transisi", body);
        Assert.True(response.IsSuccessStatusCode, $"{body}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}\n{f.Errors}");
    }
}
