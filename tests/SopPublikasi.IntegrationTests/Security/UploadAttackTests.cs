using System.Net;
using System.Text;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Media;

namespace SopPublikasi.IntegrationTests.Security;

/// <summary>
/// Hostile uploads: names that try to leave the media folder are ignored (files get random names inside it), and
/// files that pretend to be another type are refused, or kept only as what they really are and served as that with nosniff.
/// </summary>
public sealed class UploadAttackTests(AppFixture app) : IClassFixture<AppFixture>
{
    public static readonly TheoryData<string> HostileNames = new()
    {
        "../../x.png",
        "..\\..\\x.png",
        "/etc/cron.d/x.png",
        "C:\\Windows\\System32\\x.png",
        "x.png\0.html",
        "..",
        "....//....//x.png",
        "%2e%2e%2fx.png",
    };

    [Theory]
    [MemberData(nameof(HostileNames))]
    public async Task PathTraversalName_StoredUnderARandomNameInsideTheMediaFolder(string fileName)
    {
        var client = await Api.ClientForAsync(app.Factory, "staf");

        var response = await client.SendAsync(ApiFlow.RawUpload(fileName, Sop.Png()));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.JsonAsync()).GetProperty("id").GetGuid();
        var file = app.Factory.WithDb(db => db.Media.Single(m => m.Id == id));
        Assert.Matches(@"^\d{4}[/\\]\d{2}[/\\][0-9a-f]{32}\.png$", file.StoredPath);
        var root = Path.GetFullPath(app.Factory.MediaPath) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(app.Factory.MediaPath, file.StoredPath));
        Assert.StartsWith(root, full, StringComparison.Ordinal);
        Assert.True(File.Exists(full));
        Assert.DoesNotContain('/', file.OriginalName);
        Assert.DoesNotContain('\\', file.OriginalName);
        Assert.DoesNotContain('\0', file.OriginalName);
        Assert.False(file.OriginalName.StartsWith('.'), file.OriginalName);
        Assert.False(File.Exists(Path.Combine(app.Factory.MediaPath, "..", "x.png")));
        Assert.False(File.Exists(Path.Combine(app.Factory.MediaPath, "..", "..", "x.png")));
    }

    [Fact]
    public async Task PathTraversalName_ThroughTheAdminForm_SameRandomName()
    {
        var id = await new ApiFlow(app.Factory).ToPenyusunanAsync(ApiFlow.Disposisi("Unggahan nama jahat"));
        var staf = await app.SignInAsync("staf");

        var page = await Sop.SaveDraftAsync(staf, id, Sop.Draft("Lampiran dengan nama jahat"), [("Lampiran", "../../../notulen.pdf", Sop.Pdf())]);

        Assert.True(page.Errors().Length == 0, page.Errors());
        var file = app.Factory.WithDb(db => db.Media.OrderByDescending(m => m.UploadedAt).First(m => m.ContentType == "application/pdf"));
        Assert.Equal("notulen.pdf", file.OriginalName);
        Assert.Matches(@"^\d{4}[/\\]\d{2}[/\\][0-9a-f]{32}\.pdf$", file.StoredPath);
    }

    public static readonly TheoryData<string, string> Disguised = new()
    {
        { "gif-lalu-html.gif", "GIF89a<html><body><script>alert(1)</script></body></html>" },
        { "jpeg-lalu-html.jpg", "\u00FF\u00D8\u00FF\u00E0<html><script>alert(1)</script>" },
        { "gambar.png", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(1)</script></svg>" },
        { "dokumen.pdf", "<!DOCTYPE html><html><script>alert(1)</script></html>" },
        { "halaman.html", "<html><script>alert(1)</script></html>" },
        { "zip-palsu.docx", "PK\u0003\u0004<html><script>alert(1)</script>" },
    };

    [Theory]
    [MemberData(nameof(Disguised))]
    public async Task DisguisedFile_Refused(string fileName, string content)
    {
        var client = await Api.ClientForAsync(app.Factory, "staf");
        var before = app.Factory.WithDb(db => db.Media.Count());

        var response = await client.SendAsync(ApiFlow.RawUpload(fileName, Encoding.Latin1.GetBytes(content)));

        var problem = await response.ProblemAsync(400);
        Assert.True(problem.GetProperty("errors").TryGetProperty("berkas", out _));
        Assert.Equal(before, app.Factory.WithDb(db => db.Media.Count()));
    }

    [Fact]
    public async Task RealImageWithHtmlAppended_KeptAsARecodedImage_ServedAsImageWithNosniff()
    {
        var client = await Api.ClientForAsync(app.Factory, "staf");
        var polyglot = Sop.Png().Concat("<html><script>alert(1)</script></html>"u8.ToArray()).ToArray();

        var created = await client.SendAsync(ApiFlow.RawUpload("foto.png", polyglot));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var url = (await created.JsonAsync()).GetProperty("url").GetString()!;
        var staf = await app.SignInAsync("staf");
        var served = await staf.Http.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", string.Join(",", served.Headers.GetValues("X-Content-Type-Options")));
        Assert.DoesNotContain("<script", Encoding.Latin1.GetString(await served.Content.ReadAsByteArrayAsync()), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task PdfCarryingHtml_ServedAsPdfAttachmentWithNosniff()
    {
        var client = await Api.ClientForAsync(app.Factory, "staf");
        var pdf = "%PDF-1.4\n<html><script>alert(1)</script></html>\n%%EOF\n"u8.ToArray();

        var created = await client.SendAsync(ApiFlow.RawUpload("laporan.html", pdf));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var url = (await created.JsonAsync()).GetProperty("url").GetString()!;
        var staf = await app.SignInAsync("staf");
        var served = await staf.Http.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal("application/pdf", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", string.Join(",", served.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("attachment", served.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains("sandbox", string.Join(",", served.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }
}
