using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.IntegrationTests.Security;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Media;

namespace SopPublikasi.IntegrationTests.Editorial;

/// <summary>
/// Issue 20 through the API: the caller's own autosave slot (never a version), restoring an earlier version as a new
/// draft under the admin's rules, and a photo's caption and credit under the library's rule.
/// </summary>
public sealed class DraftAndCaptionApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    private ApiFlow Flow { get; } = new(app.Factory);

    [Fact]
    public async Task Autosave_PutGetDelete_IsTheCallersOwnSlot_NeverAVersion_OnlyForWhoMayEditNow()
    {
        var id = await Flow.ToPenyusunanAsync(ApiFlow.Disposisi("Butir simpan otomatis API"));
        var staf = await Flow.ClientAsync("staf");
        var url = $"/api/v1/materi/{id}/autosimpan";

        Assert.Equal(HttpStatusCode.NotFound, (await staf.GetAsync(new Uri(url, UriKind.Relative))).StatusCode);

        var put = await staf.PutAsJsonAsync(new Uri(url, UriKind.Relative), new { judul = "Setengah ditulis", isi = "<p>Baru sebagian", tag = new[] { "kegiatan", "desa" } });
        var putBody = await put.Content.ReadAsStringAsync();
        Assert.True(put.StatusCode == HttpStatusCode.OK, putBody);
        Assert.Equal(0, app.Factory.WithDb(db => db.MateriVersions.Count(v => v.MateriId == id)));

        var got = await staf.GetAsync(new Uri(url, UriKind.Relative));
        var json = JsonDocument.Parse(await got.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, got.StatusCode);
        Assert.Equal("Setengah ditulis", json.GetProperty("judul").GetString());
        Assert.Equal("<p>Baru sebagian", json.GetProperty("isi").GetString());
        Assert.Equal(0, json.GetProperty("versiDasar").GetInt32());
        Assert.Equal(["kegiatan", "desa"], json.GetProperty("tag").EnumerateArray().Select(t => t.GetString()));
        Assert.EndsWith("+07:00", json.GetProperty("disimpan").GetString(), StringComparison.Ordinal);

        // Another person who sees the item has no slot of their own, and may not write one at this step.
        var sekretaris = await Flow.ClientAsync("sekretaris");
        Assert.Equal(HttpStatusCode.NotFound, (await sekretaris.GetAsync(new Uri(url, UriKind.Relative))).StatusCode);
        var refused = await sekretaris.PutAsJsonAsync(new Uri(url, UriKind.Relative), new { judul = "Bukan giliran saya" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);

        // Someone who may not see the item: 404, as for any other route of it.
        var colleague = await Flow.ClientAsync("staf2");
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.PutAsJsonAsync(new Uri(url, UriKind.Relative), new { judul = "Tidak terlihat" })).StatusCode);

        // Too long a field: 400 with errors beside it, nothing kept.
        var invalid = await staf.PutAsJsonAsync(new Uri(url, UriKind.Relative), new { judul = new string('a', 201) });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.True(JsonDocument.Parse(await invalid.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("judul", out _));

        var deleted = await staf.DeleteAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staf.GetAsync(new Uri(url, UriKind.Relative))).StatusCode);
        Assert.Equal(0, app.Factory.WithDb(db => db.DraftAutosaves.Count(a => a.MateriId == id)));
    }

    [Fact]
    public async Task Restore_ThroughTheApi_NewVersionOfTheOldContent_WithTheAdminsRefusals_AndIdempotencyKey()
    {
        var id = await Flow.ToPenyusunanAsync(ApiFlow.Disposisi("Butir pulihkan API"));
        Assert.True((await Flow.PutDraftAsync("staf", id, ApiFlow.Draft("Judul versi pertama API", isi: "<p>Isi pertama.</p>"), 0)).IsSuccessStatusCode);
        Assert.True((await Flow.PutDraftAsync("staf", id, ApiFlow.Draft("Judul versi kedua API", isi: "<p>Isi kedua.</p>"), 1)).IsSuccessStatusCode);
        var staf = await Flow.ClientAsync("staf");

        async Task<HttpResponseMessage> RestoreAsync(HttpClient client, int versi, int? ifMatch, string? key = null)
        {
            using var post = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/v1/materi/{id}/versi/{versi}/pulihkan", UriKind.Relative));
            if (ifMatch is { } m)
            {
                post.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{m}\""));
            }

            if (key is not null)
            {
                post.Headers.Add("Idempotency-Key", key);
            }

            return await client.SendAsync(post);
        }

        Assert.Equal(HttpStatusCode.PreconditionRequired, (await RestoreAsync(staf, 1, null)).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await RestoreAsync(staf, 1, 1)).StatusCode); // stale base
        Assert.Equal(HttpStatusCode.Forbidden, (await RestoreAsync(await Flow.ClientAsync("sekretaris"), 1, 2)).StatusCode); // not the editor now
        Assert.Equal(HttpStatusCode.NotFound, (await RestoreAsync(await Flow.ClientAsync("staf2"), 1, 2)).StatusCode); // may not see it
        Assert.Equal(HttpStatusCode.NotFound, (await RestoreAsync(staf, 9, 2)).StatusCode); // no such version
        var latest = await RestoreAsync(staf, 2, 2);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, latest.StatusCode); // already the latest
        Assert.Equal(2, app.Factory.WithDb(db => db.MateriVersions.Count(v => v.MateriId == id)));

        var key = Guid.NewGuid().ToString();
        var restored = await RestoreAsync(staf, 1, 2, key);
        var body = await restored.Content.ReadAsStringAsync();
        Assert.True(restored.StatusCode == HttpStatusCode.Created, body);
        Assert.Equal($"/api/v1/materi/{id}/pratinjau?versi=3", restored.Headers.Location?.OriginalString);
        Assert.Equal("\"3\"", restored.Headers.ETag?.Tag);
        Assert.Equal(3, JsonDocument.Parse(body).RootElement.GetProperty("versi").GetInt32());
        var v3 = app.Factory.WithDb(db => db.MateriVersions.Single(v => v.MateriId == id && v.Number == 3));
        Assert.Equal("Judul versi pertama API", v3.Title);
        Assert.Equal("<p>Isi pertama.</p>", v3.Body);

        // The same key again: the first answer, nothing done twice; the key with another version: 422.
        var again = await RestoreAsync(staf, 1, 2, key);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(3, app.Factory.WithDb(db => db.MateriVersions.Count(v => v.MateriId == id)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await RestoreAsync(staf, 2, 3, key)).StatusCode);

        var preview = await staf.GetAsync(restored.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
    }

    [Fact]
    public async Task Caption_PatchedThroughTheApi_UnderTheLibrarysRule_TooLongIs422WithErrors()
    {
        var photo = await Flow.UploadAsync("staf", Photos.Jpeg(800, 600), "kegiatan.jpg");
        var staf = await Flow.ClientAsync("staf");
        var url = new Uri($"/api/v1/media/{photo}", UriKind.Relative);

        var patched = await staf.PatchAsJsonAsync(url, new { keterangan = "  Warga kerja bakti di Balai Desa  ", kredit = "Humas Kecamatan" });
        var json = JsonDocument.Parse(await patched.Content.ReadAsStringAsync()).RootElement;
        Assert.True(patched.StatusCode == HttpStatusCode.OK, json.ToString());
        Assert.Equal("Warga kerja bakti di Balai Desa", json.GetProperty("keterangan").GetString());
        Assert.Equal("Humas Kecamatan", json.GetProperty("kredit").GetString());

        // A field left out stays; an empty one clears.
        var onlyCredit = await staf.PatchAsJsonAsync(url, new { kredit = "" });
        json = JsonDocument.Parse(await onlyCredit.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Warga kerja bakti di Balai Desa", json.GetProperty("keterangan").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("kredit").ValueKind);
        Assert.Equal("Warga kerja bakti di Balai Desa", app.Factory.WithDb(db => db.Media.Single(m => m.Id == photo).Caption));

        var tooLong = await staf.PatchAsJsonAsync(url, new { keterangan = new string('k', 501), kredit = new string('c', 201) });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        Assert.Equal("application/problem+json", tooLong.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(await tooLong.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("keterangan", out _));
        Assert.True(errors.TryGetProperty("kredit", out _));
        Assert.Equal("Warga kerja bakti di Balai Desa", app.Factory.WithDb(db => db.Media.Single(m => m.Id == photo).Caption));

        // The same rule as the library page: a photo the caller may not see is 404 and is not changed.
        var colleague = await Flow.ClientAsync("staf2");
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.PatchAsJsonAsync(url, new { keterangan = "Diubah orang lain" })).StatusCode);
        Assert.Equal("Warga kerja bakti di Balai Desa", app.Factory.WithDb(db => db.Media.Single(m => m.Id == photo).Caption));
    }

    [Fact]
    public async Task OpenApi_EveryPostThatHonoursIdempotencyKey_DocumentsTheHeaderThe422AndTheReplayHeader()
    {
        var json = await app.Anonymous().Http.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        var paths = JsonDocument.Parse(json).RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/disposisi", "/api/v1/media", "/api/v1/materi/{id}/transisi", "/api/v1/materi/{id}/versi/{versi}/pulihkan" })
        {
            var post = paths.GetProperty(path).GetProperty("post");
            var header = post.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Idempotency-Key");
            Assert.Equal("header", header.GetProperty("in").GetString());
            Assert.False(header.TryGetProperty("required", out var required) && required.GetBoolean(), path);
            Assert.Equal("string", header.GetProperty("schema").GetProperty("type").GetString());
            Assert.Equal(255, header.GetProperty("schema").GetProperty("maxLength").GetInt32());
            var responses = post.GetProperty("responses");
            Assert.Contains("Idempotency-Key", responses.GetProperty("422").GetProperty("description").GetString(), StringComparison.Ordinal);
            var success = responses.EnumerateObject().First(r => r.Name.StartsWith('2'));
            Assert.True(success.Value.GetProperty("headers").TryGetProperty("Idempotent-Replayed", out _), path);
        }
    }
}
