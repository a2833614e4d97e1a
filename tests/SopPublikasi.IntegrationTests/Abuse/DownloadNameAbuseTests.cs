using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Media;

namespace SopPublikasi.IntegrationTests.Abuse;

/// <summary>
/// Issue 21, finding 8: the uploader's file name is not trusted for what it shows. Wherever it is shown or served
/// (Content-Disposition, the upload's answer, the admin, the public API's lampiran) it has no control or format
/// characters (a right-to-left override made "lampiran\u202Efdp.hta" read as "lampiranath.pdf") and its extension
/// is the one of the type read from the bytes.
/// </summary>
public class DownloadNameAbuseTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string RtlName = "lampiran\u202Efdp.hta";

    [Fact]
    public async Task Upload_RightToLeftOverrideName_AnsweredWithASafeNameEndingInPdf()
    {
        var staf = await Api.ClientForAsync(app.Factory, "staf");

        var response = await staf.UploadAsync(UniquePdf(), RtlName);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var nama = (await response.JsonAsync()).GetProperty("nama").GetString()!;
        AssertSafe(nama);
        Assert.Equal("lampiranfdp.pdf", nama);
    }

    [Fact]
    public async Task Download_RightToLeftOverrideName_ContentDispositionSafeAndShownSafeInTheAdmin()
    {
        var (id, fileId) = await DraftWithAttachmentAsync("Lampiran berbalik arah", RtlName);
        var staf = await app.SignInAsync("staf");

        using var download = await staf.Http.GetAsync(new Uri($"/media/{fileId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var disposition = download.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        foreach (var name in new[] { disposition.FileNameStar, disposition.FileName?.Trim('"') })
        {
            Assert.NotNull(name);
            AssertSafe(name);
            Assert.EndsWith(".pdf", name, StringComparison.Ordinal);
        }

        var sunting = await staf.GetAsync($"/admin/materi/{id}/sunting");
        Assert.DoesNotContain("\u202E", sunting.Html, StringComparison.Ordinal);
        Assert.Contains("lampiranfdp.pdf", sunting.Document.QuerySelector("label.checks")?.TextContent, StringComparison.Ordinal);
        var item = await staf.GetAsync($"/admin/materi/{id}");
        Assert.DoesNotContain("\u202E", item.Html, StringComparison.Ordinal);
        Assert.Contains("lampiranfdp.pdf", item.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Download_NameWhoseExtensionLies_ServedWithTheSniffedTypesExtension()
    {
        var (_, fileId) = await DraftWithAttachmentAsync("Lampiran berekstensi palsu", "foto kegiatan desa.jpg");
        var staf = await app.SignInAsync("staf");

        using var download = await staf.Http.GetAsync(new Uri($"/media/{fileId}", UriKind.Relative));

        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("foto kegiatan desa.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Fact]
    public async Task PublicApi_LampiranNama_SafeWithTheSniffedExtension()
    {
        var f = app.Factory;
        var staf = await Api.ClientForAsync(f, "staf");
        var upload = await staf.UploadAsync(UniquePdf(), "Jadwal Posyandu\u200F\u202E.exe");
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var fileId = (await upload.JsonAsync()).GetProperty("id").GetGuid();
        var id = await Sop.CreateDisposisiAsync(await app.SignInAsync("ppid"), "Jadwal posyandu terbit");
        var sekcam = await app.SignInAsync("sekcam");
        await Sop.ActOkAsync(sekcam, id, "teruskan");
        await Sop.ActOkAsync(sekcam, id, "terima");
        var staffId = f.WithDb(db => db.Users.Single(u => u.UserName == "staf").Id);
        await Sop.ActOkAsync(sekcam, id, "tugaskan", new() { ["Input.PetugasId"] = staffId });
        using (var put = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/v1/materi/{id}", UriKind.Relative))
        {
            Content = JsonContent.Create(new { judul = "Jadwal posyandu terbit", ringkasan = "Jadwal bulan ini.", isi = "<p>Lihat lampiran.</p>", kategoriId = 1, lampiranBaruIds = new[] { fileId } }),
        })
        {
            put.Headers.IfMatch.Add(new EntityTagHeaderValue("\"0\""));
            var saved = await staf.SendAsync(put);
            Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        }

        await Publish.MoveAsync(staf, id, new { aksi = "serahkan" }, f);
        await Publish.MoveAsync(await Api.ClientForAsync(f, "sekretaris"), id, new { aksi = "ajukan-verifikasi" }, f);
        await Publish.MoveAsync(await Api.ClientForAsync(f, "verifikator"), id, new { aksi = "setujui", klasifikasi = "berkala" }, f);
        var slug = f.WithDb(db => db.Materi.Single(m => m.Id == id).Slug);

        var berita = await Api.Anonymous(f).GetFromJsonAsync<JsonElement>($"/api/v1/berita/{slug}");

        var nama = berita.GetProperty("lampiran")[0].GetProperty("nama").GetString()!;
        AssertSafe(nama);
        Assert.Equal("Jadwal Posyandu.pdf", nama);
    }

    private static void AssertSafe(string name)
    {
        var bad = name.Where(c => char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Control).ToList();
        Assert.True(bad.Count == 0, $"\"{name}\" holds {string.Join(", ", bad.Select(c => $"U+{(int)c:X4}"))}");
    }

    /// <summary>A PDF no other test uploads (found again by its SHA-256).</summary>
    private static byte[] UniquePdf() => System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n% {Guid.NewGuid()}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

    private async Task<(Guid Item, Guid File)> DraftWithAttachmentAsync(string perihal, string fileName)
    {
        var id = await Sop.CreateDisposisiAsync(await app.SignInAsync("ppid"), perihal);
        var sekcam = await app.SignInAsync("sekcam");
        await Sop.ActOkAsync(sekcam, id, "teruskan");
        await Sop.ActOkAsync(sekcam, id, "terima");
        var staffId = app.Factory.WithDb(db => db.Users.Single(u => u.UserName == "staf").Id);
        await Sop.ActOkAsync(sekcam, id, "tugaskan", new() { ["Input.PetugasId"] = staffId });
        var pdf = UniquePdf();
        var page = await Sop.SaveDraftAsync(await app.SignInAsync("staf"), id, Sop.Draft(perihal + " di kecamatan"), [("Lampiran", fileName, pdf)]);
        Assert.True(page.Errors().Length == 0, page.Errors());
        var sha = Convert.ToHexStringLower(SHA256.HashData(pdf));
        return (id, app.Factory.WithDb(db => db.Media.Single(m => m.Sha256 == sha).Id));
    }
}
