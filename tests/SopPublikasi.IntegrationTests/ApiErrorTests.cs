using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Tokens;

namespace SopPublikasi.IntegrationTests;

/// <summary>Every refusal of the API is problem+json with the right status, and changes nothing.</summary>
public class ApiErrorTests(AppFixture app) : IClassFixture<AppFixture>
{
    private async Task<Guid> NewDisposisiAsync(string perihal)
    {
        var ppid = await Api.ClientForAsync(app.Factory, "ppid");
        var response = await ppid.PostJsonAsync("/api/v1/disposisi", new
        {
            nomorAgenda = "005/ERR/2026",
            tanggalDiterima = "2026-11-23",
            asalSurat = "PPID",
            perihal,
            instruksi = new[] { "Untuk dipublikasikan" },
            diteruskanKepada = "Sekretaris",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task NoToken_401WithBearerChallenge()
    {
        var response = await Api.Anonymous(app.Factory).GetAsync(new Uri("/api/v1/tugas", UriKind.Relative));

        await response.ProblemAsync(401);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task UnknownToken_401()
    {
        var client = Api.Anonymous(app.Factory);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "sop_tidak-pernah-dibuat");

        await (await client.GetAsync(new Uri("/api/v1/alur", UriKind.Relative))).ProblemAsync(401);
    }

    [Fact]
    public async Task RevokedToken_401()
    {
        var secret = await Api.TokenForAsync(app.Factory, "sekretaris");
        var client = Api.Anonymous(app.Factory);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/v1/alur", UriKind.Relative))).StatusCode);

        using (var scope = app.Factory.Services.CreateScope())
        {
            var userId = app.Factory.WithDb(db => db.Users.Single(u => u.UserName == "sekretaris").Id);
            await scope.ServiceProvider.GetRequiredService<TokenService>().RevokeAsync(userId, null, CancellationToken.None);
        }

        await (await client.GetAsync(new Uri("/api/v1/alur", UriKind.Relative))).ProblemAsync(401);
    }

    [Fact]
    public async Task CreateDisposisi_ByStaff_403AndNothingSaved()
    {
        var staf = await Api.ClientForAsync(app.Factory, "staf");
        var before = app.Factory.WithDb(db => db.Disposisi.Count());

        var response = await staf.PostJsonAsync("/api/v1/disposisi", new
        {
            nomorAgenda = "1",
            tanggalDiterima = "2026-11-23",
            asalSurat = "x",
            perihal = "Bukan wewenang",
            instruksi = new[] { "Untuk diketahui" },
            diteruskanKepada = "x",
        });

        var problem = await response.ProblemAsync(403);
        Assert.Contains("PPID Pembantu", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, app.Factory.WithDb(db => db.Disposisi.Count()));
    }

    [Fact]
    public async Task CreateDisposisi_MissingFields_400WithFieldMap()
    {
        var ppid = await Api.ClientForAsync(app.Factory, "ppid");

        var problem = await (await ppid.PostJsonAsync("/api/v1/disposisi", new { perihal = "" })).ProblemAsync(400);

        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("nomorAgenda", out _));
        Assert.True(errors.TryGetProperty("perihal", out _));
        Assert.True(errors.TryGetProperty("asalSurat", out _));
    }

    [Fact]
    public async Task CreateDisposisi_MalformedJson_400Problem()
    {
        var ppid = await Api.ClientForAsync(app.Factory, "ppid");
        using var content = new StringContent("{\"perihal\": ", System.Text.Encoding.UTF8, "application/json");

        var problem = await (await ppid.PostAsync(new Uri("/api/v1/disposisi", UriKind.Relative), content)).ProblemAsync(400);

        Assert.Equal("Isi permintaan bukan JSON yang valid.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task CreateDisposisi_UnknownUrgency_400NamingTheField()
    {
        var ppid = await Api.ClientForAsync(app.Factory, "ppid");

        var problem = await (await ppid.PostJsonAsync("/api/v1/disposisi", new { urgency = "Kilat" })).ProblemAsync(400);

        Assert.True(problem.GetProperty("errors").TryGetProperty("urgency", out _));
    }

    [Fact]
    public async Task Transition_UnknownItem_404()
    {
        var sekretaris = await Api.ClientForAsync(app.Factory, "sekretaris");

        await (await sekretaris.PostJsonAsync($"/api/v1/materi/{Guid.NewGuid()}/transisi", new { aksi = "terima" })).ProblemAsync(404);
        await (await sekretaris.GetAsync(new Uri($"/api/v1/materi/{Guid.NewGuid()}", UriKind.Relative))).ProblemAsync(404);
    }

    [Fact]
    public async Task Transition_WrongRole_403()
    {
        // The Sekretaris sees every item (MateriAccess) but step 2 belongs to the Pencatat/Agendaris.
        var id = await NewDisposisiAsync("Peran salah");
        var sekretaris = await Api.ClientForAsync(app.Factory, "sekretaris");

        await (await sekretaris.PostJsonAsync($"/api/v1/materi/{id}/transisi", new { aksi = "teruskan" })).ProblemAsync(403);
    }

    [Fact]
    public async Task Transition_NotAllowedInThisState_409()
    {
        // The Sekretaris's own move, but the disposisi has not reached the Sekretaris yet.
        var id = await NewDisposisiAsync("Tahap salah");
        var sekretaris = await Api.ClientForAsync(app.Factory, "sekretaris");

        var problem = await (await sekretaris.PostJsonAsync($"/api/v1/materi/{id}/transisi", new { aksi = "ajukan-verifikasi" })).ProblemAsync(409);

        Assert.Contains("tidak dapat dilakukan", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transition_AssignWithoutStaff_422WithFieldMap()
    {
        var id = await NewDisposisiAsync("Tanpa petugas");
        await (await (await Api.ClientForAsync(app.Factory, "agendaris")).PostJsonAsync($"/api/v1/materi/{id}/transisi", new { aksi = "teruskan" })).Content.ReadAsStringAsync();
        var sekretaris = await Api.ClientForAsync(app.Factory, "sekretaris");
        Assert.Equal(HttpStatusCode.OK, (await sekretaris.PostJsonAsync($"/api/v1/materi/{id}/transisi", new { aksi = "terima" })).StatusCode);

        var problem = await (await sekretaris.PostJsonAsync($"/api/v1/materi/{id}/transisi", new { aksi = "tugaskan" })).ProblemAsync(422);

        Assert.True(problem.GetProperty("errors").TryGetProperty("petugasId", out _));
    }

    [Fact]
    public async Task Transition_UnknownClassification_400()
    {
        var id = await NewDisposisiAsync("Klasifikasi asing");
        var agendaris = await Api.ClientForAsync(app.Factory, "agendaris");

        var problem = await (await agendaris.PostJsonAsync($"/api/v1/materi/{id}/transisi", new { aksi = "teruskan", klasifikasi = "rahasia-negara" })).ProblemAsync(400);

        Assert.True(problem.GetProperty("errors").TryGetProperty("klasifikasi", out _));
    }

    [Fact]
    public async Task SaveDraft_WithoutIfMatch_428()
    {
        var id = await NewDisposisiAsync("Tanpa If-Match");
        var sekretaris = await Api.ClientForAsync(app.Factory, "sekretaris");

        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/v1/materi/{id}", UriKind.Relative)) { Content = JsonContent.Create(new { judul = "x" }) };
        await (await sekretaris.SendAsync(request)).ProblemAsync(428);
    }

    [Fact]
    public async Task SaveDraft_NotTheEditorsTurn_403()
    {
        var id = await NewDisposisiAsync("Belum waktunya menulis");
        var sekretaris = await Api.ClientForAsync(app.Factory, "sekretaris");

        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/v1/materi/{id}", UriKind.Relative))
        {
            Content = JsonContent.Create(new { judul = "Judul materi", ringkasan = "r", isi = "<p>isi</p>", kategoriId = 1 }),
        };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue("\"0\""));
        await (await sekretaris.SendAsync(request)).ProblemAsync(403);
    }

    [Fact]
    public async Task Upload_NotAnAcceptedFile_400()
    {
        var staf = await Api.ClientForAsync(app.Factory, "staf");
        var problem = await (await staf.UploadAsync("<svg onload=alert(1)>"u8.ToArray(), "gambar.png")).ProblemAsync(400);

        Assert.True(problem.GetProperty("errors").TryGetProperty("berkas", out _));
    }

    [Fact]
    public async Task Alur_ListsTheSopAsData()
    {
        var client = await Api.ClientForAsync(app.Factory, "staf");

        var alur = await client.GetFromJsonAsync<JsonElement>("/api/v1/alur");

        Assert.Equal(8, alur.GetProperty("langkah").GetArrayLength());
        Assert.Equal(1, alur.GetProperty("langkah")[6].GetProperty("waktuHariKerja").GetInt32());
        var setujui = alur.GetProperty("transisi").EnumerateArray().Single(t => t.GetProperty("aksi").GetString() == "setujui");
        Assert.Equal("Tim Pengolahan Data dan Klasifikasi Informasi", setujui.GetProperty("peran").GetString());
        Assert.Equal(7, setujui.GetProperty("langkahSop").GetInt32());
    }
}

/// <summary>The API's request budget: past it, 429 with Retry-After.</summary>
public class ApiRateLimitTests
{
    [Fact]
    public async Task OverTheLimit_429WithRetryAfter()
    {
        using var factory = new SopAppFactory();
        factory.Settings["Api:PermitLimit"] = "3";
        factory.Settings["Api:Window"] = "00:01:00";
        var client = Api.Anonymous(factory);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/v1/kategori", UriKind.Relative))).StatusCode);
        }

        var refused = await client.GetAsync(new Uri("/api/v1/kategori", UriKind.Relative));
        await refused.ProblemAsync(429);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
    }
}
