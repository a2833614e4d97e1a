using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Materi;

namespace SopPublikasi.IntegrationTests.Abuse;

/// <summary>
/// Issue 21, finding 11: titles and tags made only of invisible characters were accepted. What people read is kept as
/// they see it: a title of zero-width and bidi characters is refused beside the field, invisible tags are left out,
/// and invisible characters inside a title are dropped.
/// </summary>
public sealed class InvisibleTextAbuseTests : IDisposable
{
    private readonly SopAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static async Task<HttpResponseMessage> PutAsync(HttpClient client, Guid id, object body, string etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/v1/materi/{id}", UriKind.Relative)) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task InvisibleTitle_Refused_InvisibleTags_LeftOut_InvisibleCharacters_Dropped()
    {
        _ = _factory.Server;
        await _factory.SeedUsersAsync();
        var id = await SopShortcuts.ToCorrectionAsync(_factory, "Karakter tak terlihat", "<p>Draf.</p>");
        var sekretaris = await Api.ClientForAsync(_factory, "sekretaris");
        var etag = (await sekretaris.GetAsync(new Uri($"/api/v1/materi/{id}", UriKind.Relative))).Headers.ETag!.Tag;

        var refused = await PutAsync(sekretaris, id, new { judul = "\u200B\u200B\u200B\u200B\u200B\u202E", ringkasan = "Ringkasan.", isi = "<p>Isi.</p>", kategoriId = 1 }, etag);

        var problem = await refused.ProblemAsync(400);
        Assert.Contains("terlihat", problem.GetProperty("errors").GetProperty("judul")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(1, _factory.WithDb(db => db.MateriVersions.Count(v => v.MateriId == id))); // nothing saved

        var saved = await PutAsync(sekretaris, id, new
        {
            judul = "\u202EKerja\u200B bakti warga",
            ringkasan = "Ringkasan\u2066.",
            isi = "<p>Isi.</p>",
            kategoriId = 1,
            tag = new[] { "\u200B\u200D", "Gotong\u00ADroyong" },
        }, etag);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var latest = _factory.WithDb(db => db.MateriVersions.AsNoTracking().Where(v => v.MateriId == id).OrderByDescending(v => v.Number).First());
        Assert.Equal(("Kerja bakti warga", "Ringkasan.", "gotongroyong"), (latest.Title, latest.Summary, Assert.Single(latest.Tags)));
    }
}
