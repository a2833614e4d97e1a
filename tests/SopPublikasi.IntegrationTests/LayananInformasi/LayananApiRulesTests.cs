using System.Net;
using System.Text.Json;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Data.Idempotency;
using SopPublikasi.Module.LayananInformasi.Domain;

namespace SopPublikasi.IntegrationTests.LayananInformasi;

/// <summary>The desk API's refusals and its personal-data rule, on one booted app (the system clock).</summary>
public sealed class LayananApiRulesTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task PublicPost_BadInput_422WithFieldErrors_NothingSaved()
    {
        var body = DeskApi.Permohonan();
        body["nomorIdentitas"] = "12345";
        body["rincianInformasi"] = "";
        var before = app.Factory.WithDb(db => db.Permohonan.Count());

        using var response = await DeskApi.SubmitAsync(Api.Anonymous(app.Factory), body);

        var errors = (await response.ProblemAsync(422)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("nomorIdentitas", out _), errors.GetRawText());
        Assert.True(errors.TryGetProperty("rincianInformasi", out _), errors.GetRawText());
        Assert.Equal(before, app.Factory.WithDb(db => db.Permohonan.Count()));
    }

    [Fact]
    public async Task PublicPost_WithoutConsent_422OnPersetujuan()
    {
        using var response = await DeskApi.SubmitAsync(Api.Anonymous(app.Factory), DeskApi.Permohonan(persetujuan: false));

        var errors = (await response.ProblemAsync(422)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("persetujuan", out _), errors.GetRawText());
    }

    [Fact]
    public async Task PublicPost_WithoutTheChoices_422NamingThem()
    {
        var body = DeskApi.Permohonan();
        body.Remove("jenisPemohon");
        body.Remove("caraMemperoleh");

        using var response = await DeskApi.SubmitAsync(Api.Anonymous(app.Factory), body);

        var errors = (await response.ProblemAsync(422)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("jenisPemohon", out _));
        Assert.True(errors.TryGetProperty("caraMemperoleh", out _));
    }

    [Fact]
    public async Task Tracking_WrongCodeOrWrongNumber_SameNotFound_MissingCode400()
    {
        var client = Api.Anonymous(app.Factory);
        var created = await DeskApi.SubmittedAsync(client);
        var nomor = created.GetProperty("nomorRegister").GetString()!;

        using var wrongCode = await DeskApi.TrackAsync(client, nomor, "ABCD-EFGH");
        using var wrongNumber = await DeskApi.TrackAsync(client, "999/PPID-KEC/XII/2026", created.GetProperty("kodeLacak").GetString());
        using var noCode = await DeskApi.TrackAsync(client, nomor, null);

        var a = await wrongCode.ProblemAsync(404);
        var b = await wrongNumber.ProblemAsync(404);
        Assert.Equal(a.GetProperty("title").GetString(), b.GetProperty("title").GetString());
        Assert.Equal(a.GetProperty("detail").GetString(), b.GetProperty("detail").GetString());
        Assert.True((await noCode.ProblemAsync(400)).GetProperty("errors").TryGetProperty("kodeLacak", out _));

        using var objection = await DeskApi.ObjectAsync(client, nomor, "ABCD-EFGH", new { alasan = new[] { "TidakDitanggapi" }, uraian = "Belum dijawab." });
        await objection.ProblemAsync(404);
    }

    [Fact]
    public async Task PersonalData_OnlyForLihatDataPemohon_NeverInPublicAnswers()
    {
        var created = await DeskApi.SubmittedAsync(Api.Anonymous(app.Factory));
        var nomor = created.GetProperty("nomorRegister").GetString()!;
        var url = $"/api/v1/layanan/permohonan/{created.GetProperty("id").GetGuid()}";
        var list = "/api/v1/layanan/permohonan?q=" + Uri.EscapeDataString(nomor);

        // The administrator reads the register (LihatRegister) but not the requester's personal data.
        var admin = await Api.ClientForAsync(app.Factory, "admin");
        var adminDetail = await admin.GetStringAsync(new Uri(url, UriKind.Relative));
        var adminList = await admin.GetStringAsync(new Uri(list, UriKind.Relative));
        DeskApi.NoPersonalData(adminDetail, nameToo: false);
        DeskApi.NoPersonalData(adminList, nameToo: false);
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(adminDetail).RootElement.GetProperty("dataPemohon").ValueKind);
        Assert.Contains(DeskApi.Nama, adminDetail, StringComparison.Ordinal);

        // The PPID Pembantu handles the request and sees it all.
        var ppid = await Api.ClientForAsync(app.Factory, "ppid");
        var data = JsonDocument.Parse(await ppid.GetStringAsync(new Uri(url, UriKind.Relative))).RootElement.GetProperty("dataPemohon");
        Assert.Equal(DeskApi.Nik, data.GetProperty("nomorIdentitas").GetString());
        Assert.Equal(DeskApi.Email, data.GetProperty("email").GetString());
        var row = Assert.Single((await (await ppid.GetAsync(new Uri(list, UriKind.Relative))).JsonAsync()).GetProperty("items").EnumerateArray());
        Assert.Equal(DeskApi.Telepon, row.GetProperty("dataPemohon").GetProperty("telepon").GetString());

        // A role without LihatRegister gets 403 on the register.
        using var sekretaris = await (await Api.ClientForAsync(app.Factory, "sekretaris")).GetAsync(new Uri(url, UriKind.Relative));
        await sekretaris.ProblemAsync(403);
    }

    [Fact]
    public async Task Move_StaleIfMatch412_MissingIfMatch428_UnknownAction422_UnknownId404()
    {
        var created = await DeskApi.SubmittedAsync(Api.Anonymous(app.Factory));
        var url = $"/api/v1/layanan/permohonan/{created.GetProperty("id").GetGuid()}";
        var ppid = await Api.ClientForAsync(app.Factory, "ppid");
        var (_, etag) = await DeskApi.ReadAsync(ppid, url);
        await DeskApi.MovedAsync(await Api.ClientForAsync(app.Factory, "staf"), url, new { aksi = "siapkan", keputusan = "Dikabulkan", jawaban = "Usulan jawaban." });

        using var stale = await DeskApi.MoveAsync(ppid, url + "/transisi", etag, new { aksi = "putuskan", keputusan = "Dikabulkan", jawaban = "Jawaban." });
        using var missing = await DeskApi.MoveAsync(ppid, url + "/transisi", null, new { aksi = "putuskan", keputusan = "Dikabulkan", jawaban = "Jawaban." });
        using var unknownAction = await DeskApi.MoveAsync(ppid, url + "/transisi", etag, new { aksi = "hapus" });
        using var unknownId = await DeskApi.MoveAsync(ppid, $"/api/v1/layanan/permohonan/{Guid.NewGuid()}/transisi", etag, new { aksi = "perpanjang", alasan = "Alasan." });

        await stale.ProblemAsync(412);
        await missing.ProblemAsync(428);
        Assert.True((await unknownAction.ProblemAsync(422)).GetProperty("errors").TryGetProperty("aksi", out _));
        await unknownId.ProblemAsync(404);
        var (view, _) = await DeskApi.ReadAsync(ppid, url);
        Assert.Equal("JawabanDisiapkan", view.GetProperty("status").GetString()); // the stale decision changed nothing
    }

    [Fact]
    public async Task PublicPost_SameIdempotencyKey_SameNumberOnce_Replayed()
    {
        var client = Api.Anonymous(app.Factory);
        var key = Guid.NewGuid().ToString();

        using var first = await DeskApi.SubmitAsync(client, DeskApi.Permohonan(), key);
        using var again = await DeskApi.SubmitAsync(client, DeskApi.Permohonan(), key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        var answer = await first.JsonAsync();
        var nomor = answer.GetProperty("nomorRegister").GetString();
        var kode = answer.GetProperty("kodeLacak").GetString()!;
        var replayed = await again.JsonAsync();
        Assert.Equal(nomor, replayed.GetProperty("nomorRegister").GetString());
        Assert.Equal(kode, replayed.GetProperty("kodeLacak").GetString());
        Assert.Equal(1, app.Factory.WithDb(db => db.Permohonan.Count(p => p.NomorRegister == nomor)));

        // The kept answer holds the secret code only encrypted: the desk keeps the code as a hash, so must the replay store.
        var kept = app.Factory.WithDb(db => db.IdempotencyRecords.Single(r => r.Key.EndsWith(":" + key)).Body)!;
        Assert.StartsWith("dp:", kept, StringComparison.Ordinal);
        Assert.DoesNotContain(kode, kept, StringComparison.Ordinal);
        Assert.DoesNotContain(nomor!, kept, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OfficeCreate_StaffRecordsALetter_PencatatYes_StafNo()
    {
        var body = DeskApi.Permohonan();
        body["saluran"] = "Surat";

        using var staf = await (await Api.ClientForAsync(app.Factory, "staf")).PostJsonAsync("/api/v1/layanan/permohonan", body);
        using var agendaris = await (await Api.ClientForAsync(app.Factory, "agendaris")).PostJsonAsync("/api/v1/layanan/permohonan", body);

        await staf.ProblemAsync(403);
        var text = await agendaris.Content.ReadAsStringAsync();
        Assert.True(agendaris.StatusCode == HttpStatusCode.Created, text);
        var id = JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/layanan/permohonan/{id}", agendaris.Headers.Location?.OriginalString);
        Assert.Equal("Surat", app.Factory.WithDb(db => db.Permohonan.Single(p => p.Id == id).Saluran.ToString()));
    }
}
