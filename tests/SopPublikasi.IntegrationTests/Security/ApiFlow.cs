using System.Net.Http.Headers;
using System.Net.Http.Json;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Materi;

namespace SopPublikasi.IntegrationTests.Security;

/// <summary>Moves items through the SOP with the API, one token per role, for tests that need an item at a given step.</summary>
public sealed class ApiFlow
{
    private readonly SopAppFactory _factory;
    private readonly Dictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);

    public ApiFlow(SopAppFactory factory) => _factory = factory;

    public async Task<HttpClient> ClientAsync(string userName)
    {
        if (!_clients.TryGetValue(userName, out var client))
        {
            client = await Api.ClientForAsync(_factory, userName);
            _clients[userName] = client;
        }

        return client;
    }

    public string UserId(string userName) => _factory.WithDb(db => db.Users.Single(u => u.UserName == userName).Id);

    public static object Disposisi(string perihal, string? catatan = null, string asal = "PPID Pembantu Kecamatan", string kepada = "Sekretaris Kecamatan") => new
    {
        nomorAgenda = "005/" + Random.Shared.Next(100, 999) + "/2026",
        tanggalDiterima = "2026-11-23",
        asalSurat = asal,
        perihal,
        instruksi = new[] { "Untuk ditindaklanjuti", "Untuk dipublikasikan" },
        diteruskanKepada = kepada,
        catatan,
    };

    public static object Draft(string judul, string ringkasan = "Ringkasan kegiatan.", string isi = "<p>Kegiatan berjalan lancar.</p>", string[]? tag = null, string? lokasi = null, Guid? cover = null, string? coverAlt = null) => new
    {
        judul,
        ringkasan,
        isi,
        kategoriId = 1,
        tanggalKegiatan = "2026-11-20",
        lokasiKegiatan = lokasi,
        tag = tag ?? [],
        fotoSampulId = cover,
        fotoSampulAlt = coverAlt,
    };

    public async Task<Guid> CreateAsync(object disposisi)
    {
        var created = await (await ClientAsync("ppid")).PostJsonAsync("/api/v1/disposisi", disposisi);
        Assert.True(created.IsSuccessStatusCode, $"{(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}\n{_factory.Errors}");
        return (await created.JsonAsync()).GetProperty("id").GetGuid();
    }

    public async Task MoveAsync(string userName, Guid id, object body)
    {
        var response = await (await ClientAsync(userName)).PostJsonAsync($"/api/v1/materi/{id}/transisi", body);
        Assert.True(response.IsSuccessStatusCode, $"{userName} {body}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}\n{_factory.Errors}");
    }

    public async Task<HttpResponseMessage> PutDraftAsync(string userName, Guid id, object draft, int baseVersion)
    {
        using var put = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/v1/materi/{id}", UriKind.Relative)) { Content = JsonContent.Create(draft) };
        put.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{baseVersion}\""));
        return await (await ClientAsync(userName)).SendAsync(put);
    }

    /// <summary>Steps 1-4: given, forwarded, received, assigned to <paramref name="staf"/>.</summary>
    public async Task<Guid> ToPenyusunanAsync(object disposisi, string staf = "staf")
    {
        var id = await CreateAsync(disposisi);
        await MoveAsync("agendaris", id, new { aksi = "teruskan" });
        await MoveAsync("sekretaris", id, new { aksi = "terima" });
        await MoveAsync("sekretaris", id, new { aksi = "tugaskan", petugasId = UserId(staf) });
        return id;
    }

    /// <summary>Steps 1-6: the draft written by <paramref name="staf"/>, corrected and handed to the verifiers.</summary>
    public async Task<Guid> ToVerifikasiAsync(object disposisi, object draft, string staf = "staf")
    {
        var id = await ToPenyusunanAsync(disposisi, staf);
        var saved = await PutDraftAsync(staf, id, draft, 0);
        Assert.True(saved.IsSuccessStatusCode, $"{(int)saved.StatusCode} {await saved.Content.ReadAsStringAsync()}");
        await MoveAsync(staf, id, new { aksi = "serahkan" });
        await MoveAsync("sekretaris", id, new { aksi = "ajukan-verifikasi" });
        return id;
    }

    /// <summary>The whole SOP: approved and live; returns the id and the public slug.</summary>
    public async Task<(Guid Id, string Slug)> PublishAsync(object disposisi, object draft, object? approval = null)
    {
        var id = await ToVerifikasiAsync(disposisi, draft);
        await MoveAsync("verifikator", id, approval ?? new { aksi = "setujui", klasifikasi = "berkala" });
        return (id, _factory.WithDb(db => db.Materi.Single(m => m.Id == id).Slug));
    }

    public async Task<Guid> UploadAsync(string userName, byte[] file, string fileName)
    {
        var response = await (await ClientAsync(userName)).SendAsync(RawUpload(fileName, file));
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }

    /// <summary>POST /api/v1/media with a multipart body written byte by byte, so that any file name (NUL, quotes, markup) reaches the server as sent.</summary>
    public static HttpRequestMessage RawUpload(string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        const string boundary = "----sop-uji-batas";
        var head = System.Text.Encoding.UTF8.GetBytes(
            $"--{boundary}\r\nContent-Disposition: form-data; name=\"berkas\"; filename=\"{fileName.Replace("\"", "%22", StringComparison.Ordinal)}\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        var tail = System.Text.Encoding.UTF8.GetBytes($"\r\n--{boundary}--\r\n");
        var body = new ByteArrayContent([.. head, .. content, .. tail]);
        body.Headers.TryAddWithoutValidation("Content-Type", $"multipart/form-data; boundary={boundary}");
        return new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/media", UriKind.Relative)) { Content = body };
    }
}
