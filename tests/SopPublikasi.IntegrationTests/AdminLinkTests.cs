using System.Net;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.IntegrationTests.LayananInformasi;
using SopPublikasi.Module.LayananInformasi;
using SopPublikasi.Module.LayananInformasi.Domain;

namespace SopPublikasi.IntegrationTests;

/// <summary>
/// Admin links are generated from page names (asp-page, Url.Page, RedirectToPage). A wrong page name renders an
/// empty href without any error, so every admin page is opened as a user who may see it, and each of its links and
/// form actions must be non-empty, and each admin link must lead to a page that exists.
/// </summary>
public sealed class AdminLinkTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task AdminPages_LinkOnlyToPagesThatExist()
    {
        var id = await SopShortcuts.ToCorrectionAsync(app.Factory, "Kerja Bakti Tautan Admin", "<p>Kerja bakti di balai desa.</p>");
        var adminId = app.Factory.WithDb(db => db.Users.Single(u => u.UserName == "admin").Id);
        var sekretaris = await app.SignInAsync("sekretaris");
        var admin = await app.SignInAsync("admin");

        // A second version, so that the item page shows its changes and the link to them.
        var saved = await Sop.SaveDraftAsync(sekretaris, id, Sop.Draft("Kerja Bakti Tautan Admin", "<p>Kerja bakti di balai desa, diikuti 40 warga.</p>"));
        Assert.True(saved.Errors().Length == 0, saved.Errors());
        var ppid = await app.SignInAsync("ppid");

        // The PPID desk: a request refused, and the requester's objection to it.
        var ppidActor = await Desk.ActorAsync(app.Factory, "ppid");
        var request = await Desk.RunAsync(app.Factory, d => d.SubmitAsync(Desk.Input("Pemohon Tautan Admin", email: null), null, default));
        await Desk.RunAsync(app.Factory, d => d.DecideAsync(request.Id, Desk.Load(app.Factory, request.Id).Revisi, Desk.Refused(), ppidActor, default));
        var objection = await Desk.RunAsync(app.Factory, d => d.FileObjectionAsync(request.NomorRegister, request.KodeLacak,
            new KeberatanInput([AlasanKeberatan.PenolakanPengecualian], "Mohon data dibuka dengan NIK dihitamkan."), default));
        var atasan = await app.SignInAsync("atasan");
        (Browser Who, string Url)[] pages =
        [
            (sekretaris, "/admin"),
            (sekretaris, $"/admin/materi/{id}"),
            (sekretaris, $"/admin/materi/{id}/sunting"),
            (sekretaris, $"/admin/materi/{id}/perbedaan"),
            (sekretaris, $"/admin/materi/{id}/cetak"),
            (sekretaris, "/admin/notifikasi"),
            (sekretaris, "/admin/notifikasi/perangkat"),
            (sekretaris, "/admin/token"),
            (sekretaris, "/admin/halaman"),
            (sekretaris, "/admin/media-sosial"),
            (ppid, "/admin/disposisi/baru"),
            (admin, "/admin"),
            (admin, "/admin/webhook"),
            (admin, "/admin/pengguna"),
            (admin, $"/admin/pengguna/{adminId}"),
            (admin, "/admin/waktu"),
            (admin, "/admin/instruksi"),
            (admin, "/admin/situs"),
            (admin, "/admin/hak-akses"),
            (admin, "/admin/media-sosial/saluran"),
            (ppid, "/admin/hari-libur"),
            (ppid, "/admin/layanan"),
            (ppid, "/admin/layanan/keberatan"),
            (ppid, "/admin/layanan/permohonan/baru"),
            (ppid, $"/admin/layanan/permohonan/{request.Id}"),
            (ppid, "/admin/layanan/laporan"),
            (atasan, $"/admin/layanan/keberatan/{objection.Id}"),
        ];

        var problems = new List<string>();
        var targets = new HashSet<(Browser, string)>();
        foreach (var (who, url) in pages)
        {
            var page = await who.GetAsync(url);
            if (page.Status != HttpStatusCode.OK || page.Url != url)
            {
                problems.Add($"{url}: {(int)page.Status} at {page.Url}");
                continue;
            }

            foreach (var a in page.Document.QuerySelectorAll("a"))
            {
                var href = a.GetAttribute("href");
                if (string.IsNullOrWhiteSpace(href))
                {
                    problems.Add($"{url}: link \"{a.TextContent.Trim()}\" has no href");
                }
                else if (href.StartsWith("/admin", StringComparison.Ordinal) && !href.StartsWith("/admin/keluar", StringComparison.Ordinal))
                {
                    targets.Add((who, href.Split('#')[0]));
                }
            }

            foreach (var form in page.Document.QuerySelectorAll("form[action]"))
            {
                if (string.IsNullOrWhiteSpace(form.GetAttribute("action")))
                {
                    problems.Add($"{url}: a form has an empty action");
                }
            }

            foreach (var upload in page.Document.QuerySelectorAll("[data-upload-url]"))
            {
                if (string.IsNullOrWhiteSpace(upload.GetAttribute("data-upload-url")))
                {
                    problems.Add($"{url}: the photo upload address is empty");
                }
            }
        }

        // The links to each item's pages and the menu's pages are among them: the check itself is not empty.
        Assert.Contains((sekretaris, $"/admin/materi/{id}/sunting"), targets);
        Assert.Contains((sekretaris, $"/admin/materi/{id}/cetak?ukuran=a4"), targets);
        Assert.Contains((sekretaris, $"/admin/materi/{id}/perbedaan"), targets);
        Assert.Contains((admin, "/admin/hak-akses"), targets);
        Assert.Contains((ppid, $"/admin/layanan/permohonan/{request.Id}"), targets);
        foreach (var (who, target) in targets)
        {
            var response = await who.Http.GetAsync(new Uri(target, UriKind.Relative));
            if (response.StatusCode is HttpStatusCode.NotFound or >= HttpStatusCode.InternalServerError)
            {
                problems.Add($"{target}: {(int)response.StatusCode}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task PublicLayout_LinksToTheAdmin()
    {
        var page = await app.Anonymous().GetAsync("/kontak");

        Assert.NotNull(page.Document.QuerySelector("footer a[href='/admin']"));
    }
}
