using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Materi;

namespace SopPublikasi.IntegrationTests;

/// <summary>Who may see what: drafts stay private, admin pages need a role, the public API shows published only.</summary>
public class AccessTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task PublicApi_DraftRequestedBySlug_NotFoundProblem()
    {
        var id = await Sop.CreateDisposisiAsync(await app.SignInAsync("ppid"), "Rencana kegiatan rahasia");
        var slug = app.Factory.WithDb(db => db.Materi.Single(m => m.Id == id).Slug);
        var visitor = app.Anonymous();

        var response = await visitor.Http.GetAsync(new Uri($"/api/v1/berita/{slug}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Equal("Berita tidak ditemukan.", problem.GetProperty("title").GetString());
        var list = await visitor.Http.GetFromJsonAsync<JsonElement>("/api/v1/berita?pageSize=50");
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), i => i.GetProperty("slug").GetString() == slug);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/berita/{slug}")).Status);
    }

    [Theory]
    [InlineData("page=0&pageSize=10", "page")]
    [InlineData("page=1&pageSize=500", "pageSize")]
    [InlineData("page=1&pageSize=0", "pageSize")]
    public async Task PublicApi_BadPaging_BadRequestProblemWithFieldErrors(string query, string field)
    {
        var response = await app.Anonymous().Http.GetAsync(new Uri("/api/v1/berita?" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task PublicApi_UnknownRoute_NotFoundProblem()
    {
        var response = await app.Anonymous().Http.GetAsync(new Uri("/api/v1/tidak-ada", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PublicSite_UnknownPage_FriendlyNotFoundInIndonesian()
    {
        var page = await app.Anonymous().GetAsync("/halaman-yang-tidak-ada");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("Halaman tidak ditemukan", page.Text(), StringComparison.Ordinal);
        Assert.Equal("id", page.Document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Admin_Anonymous_RedirectedToSignIn()
    {
        var page = await app.Anonymous().GetAsync("/admin");

        Assert.StartsWith("/admin/masuk", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LembarDisposisiPrint_Anonymous_RedirectedToSignIn_UnknownItem_NotFound()
    {
        var id = await Sop.CreateDisposisiAsync(await app.SignInAsync("ppid"), "Disposisi untuk dicetak");

        var anonymous = await app.Anonymous().GetAsync($"/admin/materi/{id}/cetak");
        var unknown = await (await app.SignInAsync("sekretaris")).GetAsync($"/admin/materi/{Guid.NewGuid()}/cetak");

        Assert.StartsWith("/admin/masuk", anonymous.Url, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
    }

    [Fact]
    public async Task Admin_WrongPassword_ClearMessage()
    {
        var page = await app.Anonymous().SubmitAsync("/admin/masuk", "form", new() { ["Input.NamaPengguna"] = "ppid", ["Input.KataSandi"] = "salah-sekali" });

        Assert.Contains("Nama pengguna atau kata sandi salah.", page.Errors(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_DisposisiFormForNonPpid_Forbidden()
    {
        var staf = await app.SignInAsync("staf");

        var page = await staf.GetAsync("/admin/disposisi/baru");

        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
    }

    [Fact]
    public async Task Media_OfUnpublishedDraft_HiddenFromVisitors()
    {
        var ppid = await app.SignInAsync("ppid");
        var created = await ppid.SubmitAsync("/admin/disposisi/baru", "form[enctype]", Sop.Disposisi("Surat dengan pindaian"), [("Pindaian", "surat.pdf", Sop.Pdf())]);
        var scanLink = created.Document.QuerySelector("a[href^='/media/']")!.GetAttribute("href")!;

        Assert.Equal(HttpStatusCode.OK, (await ppid.Http.GetAsync(new Uri(scanLink, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().Http.GetAsync(new Uri(scanLink, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Healthz_Live_Ok()
    {
        var response = await app.Anonymous().Http.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task StepTwoAndThree_OnePersonHoldingBothRoles_NoDeadlock()
    {
        var id = await Sop.CreateDisposisiAsync(await app.SignInAsync("ppid"), "Peran rangkap");
        var sekcam = await app.SignInAsync("sekcam");

        var tasks = await sekcam.GetAsync("/admin");
        Assert.NotNull(tasks.Document.QuerySelector($"[data-testid=tugas-saya] [data-materi='{id}']"));
        await Sop.ActOkAsync(sekcam, id, "teruskan");
        var page = await Sop.ActOkAsync(sekcam, id, "terima");

        Assert.NotNull(page.Document.QuerySelector("form[data-aksi='tugaskan']"));
    }
}
