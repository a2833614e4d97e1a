using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Materi;

namespace SopPublikasi.IntegrationTests.Abuse;

/// <summary>
/// Issue 21, finding 1: an unpublished file became public when a published article merely mentioned its address (an
/// external link containing /media/{id}). Public means attached to a live version: its cover, an attachment, or a
/// photo its body shows.
/// </summary>
public sealed class PublicMediaAbuseTests : IDisposable
{
    private readonly SopAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task MoveAsync(HttpClient client, Guid id, object body)
    {
        var response = await client.PostJsonAsync($"/api/v1/materi/{id}/transisi", body);
        Assert.True(response.IsSuccessStatusCode, $"{body}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}\n{_factory.Errors}");
    }

    private static async Task<Guid> UploadAsync(HttpClient client, byte[] file, string name)
    {
        var response = await client.UploadAsync(file, name);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task AnAddressInALinkOrInText_MakesNothingPublic_APhotoTheBodyShows_Does()
    {
        _ = _factory.Server;
        await _factory.SeedUsersAsync();
        var staf = await Api.ClientForAsync(_factory, "staf");
        // A scan nobody published (another item's confidential letter), a photo only named in the text, a photo shown.
        var scan = await UploadAsync(staf, Sop.Pdf(), "surat-rahasia.pdf");
        var named = await UploadAsync(staf, Sop.Png(), "disebut.png");
        var shown = await UploadAsync(staf, Sop.Png(), "ditampilkan.png");

        var staffId = _factory.WithDb(db => db.Users.Single(u => u.UserName == "staf").Id);
        var created = await (await Api.ClientForAsync(_factory, "ppid")).PostJsonAsync("/api/v1/disposisi", new
        {
            nomorAgenda = "005/MEDIA/2026",
            tanggalDiterima = "2026-11-23",
            asalSurat = "PPID",
            perihal = "Berita dengan tautan",
            instruksi = new[] { "Untuk dipublikasikan" },
            diteruskanKepada = "Sekretaris",
        });
        var id = (await created.JsonAsync()).GetProperty("id").GetGuid();
        var sekretaris = await Api.ClientForAsync(_factory, "sekretaris");
        await MoveAsync(await Api.ClientForAsync(_factory, "agendaris"), id, new { aksi = "teruskan" });
        await MoveAsync(sekretaris, id, new { aksi = "terima" });
        await MoveAsync(sekretaris, id, new { aksi = "tugaskan", petugasId = staffId });
        var body = $"<p>Lihat <a href=\"https://arsip.example.go.id/media/{scan}\">arsip</a> dan berkas /media/{named} di kantor.</p>"
            + $"<p><img src=\"/media/{shown}\" alt=\"Warga bekerja bakti\"></p>";
        using (var put = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/v1/materi/{id}", UriKind.Relative))
        {
            Content = JsonContent.Create(new { judul = "Kerja bakti dan arsip", ringkasan = "Kerja bakti warga.", isi = body, kategoriId = 1 }),
        })
        {
            put.Headers.IfMatch.Add(new EntityTagHeaderValue("\"0\""));
            var saved = await staf.SendAsync(put);
            Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        }

        await MoveAsync(staf, id, new { aksi = "serahkan" });
        await MoveAsync(sekretaris, id, new { aksi = "ajukan-verifikasi" });
        await MoveAsync(await Api.ClientForAsync(_factory, "verifikator"), id, new { aksi = "setujui", klasifikasi = "berkala" });
        Assert.Contains($"/media/{scan}", _factory.WithDb(db => db.MateriVersions.Single(v => v.MateriId == id && v.Number == 1).Body), StringComparison.Ordinal);

        var visitor = Api.Anonymous(_factory);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(new Uri($"/media/{shown}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(new Uri($"/media/{scan}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(new Uri($"/media/{named}", UriKind.Relative))).StatusCode);
    }
}
