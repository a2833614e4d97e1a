using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Media;

namespace SopPublikasi.IntegrationTests;

/// <summary>
/// The editor page's photo handler (used by the file input and by drag and drop) and the draft's checks on
/// what the body and the attachments really are: types by content, sizes, EXIF stripped, alt text required.
/// </summary>
public sealed class EditorUploadTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task PhotoHandler_RenamedExe_RefusedAndNothingStored()
    {
        var (staf, id) = await StafWithItemAsync("Unggahan exe");
        var exe = new byte[4096];
        "MZ\u0090\0\u0003\0\0\0"u8.CopyTo(exe);
        "This program cannot be run in DOS mode."u8.CopyTo(exe.AsSpan(78));
        var filesBefore = FilesOnDisk();

        var (status, json) = await PostPhotoAsync(staf, id, exe, "foto-kegiatan.jpg");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("bukan gambar", json.GetProperty("pesan").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, app.Factory.WithDb(db => db.Media.Count(m => m.OriginalName == "foto-kegiatan.jpg")));
        Assert.Equal(filesBefore, FilesOnDisk());
    }

    [Fact]
    public async Task PhotoHandler_OversizedPhoto_RefusedWithTheLimit()
    {
        var (staf, id) = await StafWithItemAsync("Unggahan besar");
        var huge = new byte[SopAppFactory.MaxUploadBytes + 1];
        Photos.Jpeg(64, 64).CopyTo(huge, 0);

        var (status, json) = await PostPhotoAsync(staf, id, huge, "besar.jpg");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("terlalu besar", json.GetProperty("pesan").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, app.Factory.WithDb(db => db.Media.Count(m => m.OriginalName == "besar.jpg")));
    }

    [Fact]
    public async Task PhotoHandler_PhotoWithGps_StoredWithoutItAndWithVariants()
    {
        var (staf, id) = await StafWithItemAsync("Unggahan GPS");
        var photo = Photos.Jpeg(1000, 750);
        Assert.True(Photos.HasMetadata(photo));

        var (status, json) = await PostPhotoAsync(staf, id, photo, "IMG_GPS.jpg");

        Assert.Equal(HttpStatusCode.OK, status);
        var mediaId = json.GetProperty("id").GetGuid();
        Assert.Equal($"/media/{mediaId}", json.GetProperty("url").GetString());
        var stored = app.Factory.WithDb(db => db.Media.Single(m => m.Id == mediaId));
        Assert.NotEmpty(stored.Variants);
        foreach (var path in stored.StoredPaths)
        {
            Assert.False(Photos.HasMetadata(await File.ReadAllBytesAsync(Path.Combine(app.Factory.MediaPath, path))), $"{path} still carries EXIF");
        }
    }

    [Fact]
    public async Task PhotoHandler_WithoutAntiforgeryToken_Refused()
    {
        var (staf, id) = await StafWithItemAsync("Unggahan tanpa token");
        using var content = new MultipartFormDataContent { { new ByteArrayContent(Photos.Jpeg(200, 100)), "berkas", "a.jpg" } };

        var response = await staf.Http.PostAsync(new Uri($"/admin/materi/{id}/sunting?handler=Foto", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, app.Factory.WithDb(db => db.Media.Count(m => m.OriginalName == "a.jpg")));
    }

    [Fact]
    public async Task PhotoHandler_SomeoneWhoMayNotEdit_Refused()
    {
        var (_, id) = await StafWithItemAsync("Unggahan orang lain");

        // The PPID Pembantu may read the item but not edit it; a colleague of the writer may not even see it.
        var (reader, _) = await PostPhotoAsync(await app.SignInAsync("ppid"), id, Photos.Jpeg(200, 100), "lain.jpg");
        var (colleague, _) = await PostPhotoAsync(await app.SignInAsync("staf2"), id, Photos.Jpeg(200, 100), "lain.jpg");

        Assert.Equal(HttpStatusCode.Forbidden, reader);
        Assert.Equal(HttpStatusCode.NotFound, colleague);
        Assert.Equal(0, app.Factory.WithDb(db => db.Media.Count(m => m.OriginalName == "lain.jpg")));
    }

    [Fact]
    public async Task SaveDraft_BodyImageWithoutAlt_MessageBesideBodyAndNothingSaved()
    {
        var (staf, id) = await StafWithItemAsync("Foto tanpa alt");
        var isi = "<p>Kegiatan berjalan lancar.</p><p><img src=\"/media/3f1e8c2d-0000-4000-8000-000000000001\" alt=\"Camat membuka acara\"><img src=\"/media/3f1e8c2d-0000-4000-8000-000000000002\"></p>";

        var page = await Sop.SaveDraftAsync(staf, id, Sop.Draft("Foto tanpa teks alternatif", isi));

        var message = page.Document.QuerySelector("[data-valmsg-for='Input.Isi']")?.TextContent;
        Assert.Contains("teks alternatif", message, StringComparison.Ordinal);
        Assert.Contains("000000000002", message, StringComparison.Ordinal);
        Assert.DoesNotContain("000000000001", message, StringComparison.Ordinal);
        Assert.Equal(0, app.Factory.WithDb(db => db.MateriVersions.Count(v => v.MateriId == id)));
    }

    [Fact]
    public async Task SaveDraft_PastedWordHtml_StoredClean()
    {
        var (staf, id) = await StafWithItemAsync("Tempel dari Word");
        const string Word = "<p class=MsoNormal style='text-align:justify'><span lang=IN style='font-size:12.0pt;mso-fareast-font-family:Calibri'>Rapat koordinasi <b>lintas sektor</b>.<o:p></o:p></span></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>";

        var page = await Sop.SaveDraftAsync(staf, id, Sop.Draft("Tempel dari Word", Word));

        Assert.True(page.Errors().Length == 0, page.Errors());
        var body = app.Factory.WithDb(db => db.MateriVersions.Single(v => v.MateriId == id).Body);
        Assert.Equal("<p>Rapat koordinasi <b>lintas sektor</b>.</p>", body);
    }

    [Fact]
    public async Task SaveDraft_DocxByContent_AcceptedAndZipNamedDocx_Refused()
    {
        var (staf, id) = await StafWithItemAsync("Lampiran DOCX");

        var refused = await Sop.SaveDraftAsync(staf, id, Sop.Draft("Lampiran arsip ZIP"), [("Lampiran", "laporan.docx", Zip(("data/laporan.txt", "bukan dokumen Word")))]);
        Assert.Contains("laporan.docx", refused.Document.QuerySelector("[data-valmsg-for='Input.Lampiran']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, app.Factory.WithDb(db => db.MateriVersions.Count(v => v.MateriId == id)));

        var docx = Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>"));
        var accepted = await Sop.SaveDraftAsync(staf, id, Sop.Draft("Lampiran dokumen Word"), [("Lampiran", "Laporan Kegiatan.bin", docx)]);
        Assert.True(accepted.Errors().Length == 0, accepted.Errors());
        var stored = app.Factory.WithDb(db => db.Media.Single(m => m.OriginalName == "Laporan Kegiatan.bin"));
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", stored.ContentType);
        Assert.EndsWith(".docx", stored.StoredPath, StringComparison.Ordinal);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Json)> PostPhotoAsync(Browser editor, Guid id, byte[] bytes, string name)
    {
        var page = await editor.GetAsync($"/admin/materi/{id}/sunting");
        // Someone who may not see the item gets no edit page: their token comes from a page of their own.
        var token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? (await editor.GetAsync("/admin/token")).Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? string.Empty;
        var upload = page.Document.QuerySelector("#foto-isi")?.GetAttribute("data-upload-url") ?? $"/admin/materi/{id}/sunting?handler=Foto";
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { file, "berkas", name } };
        var response = await editor.Http.PostAsync(new Uri(upload, UriKind.Relative), content);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.StartsWith('{') ? JsonDocument.Parse(text).RootElement.Clone() : default);
    }

    private async Task<(Browser Staf, Guid Id)> StafWithItemAsync(string perihal)
    {
        var id = await Sop.CreateDisposisiAsync(await app.SignInAsync("ppid"), perihal);
        var sekcam = await app.SignInAsync("sekcam");
        await Sop.ActOkAsync(sekcam, id, "teruskan");
        await Sop.ActOkAsync(sekcam, id, "terima");
        var staffId = app.Factory.WithDb(db => db.Users.Single(u => u.UserName == "staf").Id);
        await Sop.ActOkAsync(sekcam, id, "tugaskan", new() { ["Input.PetugasId"] = staffId });
        return (await app.SignInAsync("staf"), id);
    }

    private string[] FilesOnDisk() =>
        Directory.Exists(app.Factory.MediaPath) ? [.. Directory.EnumerateFiles(app.Factory.MediaPath, "*", SearchOption.AllDirectories).Order()] : [];

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(content);
            }
        }

        return buffer.ToArray();
    }
}
