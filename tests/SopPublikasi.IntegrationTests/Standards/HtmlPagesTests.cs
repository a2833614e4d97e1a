using System.Net;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Common;

namespace SopPublikasi.IntegrationTests.Standards;

/// <summary>
/// The pages people read, public and admin, on the demo data, written to artifacts/html/ where `.ci/run` checks them
/// with the Nu Html Checker (vnu-jar from npm, on Debian's Java). Issue 21 found 25 errors on 12 pages (the
/// <c>&lt;time datetime&gt;</c> values); the checker keeps markup valid from now on.
/// </summary>
public sealed class HtmlPagesTests : IDisposable
{
    private readonly SopAppFactory _factory;

    public HtmlPagesTests()
    {
        _factory = new SopAppFactory { Environment = "Development" };
        _factory.Settings["Demo:Enabled"] = "true";
    }

    public void Dispose() => _factory.Dispose();

    private static readonly string[] PublicPages =
    [
        "/", "/berita", "/berita/kerja-bakti-bersama-menjelang-musim-hujan", "/kategori/pengumuman", "/pengumuman",
        "/agenda", "/ppid", "/kontak", "/profil", "/profil/visi-misi", "/layanan", "/cari?q=irigasi", "/cari",
        "/admin/masuk", "/galeri", "/ppid/permohonan", "/ppid/lacak", "/ppid/keberatan",
    ];

    private static readonly string[] AdminPages =
    [
        "/admin", "/admin/notifikasi", "/admin/token", "/admin/pengguna", "/admin/hak-akses",
        "/admin/situs", "/admin/media-sosial", "/admin/webhook", "/admin/halaman", "/admin/waktu", "/admin/instruksi",
        "/admin/hari-libur",
    ];

    [Fact]
    public async Task PublicAndAdminPages_WrittenForTheHtmlChecker()
    {
        var folder = Path.GetDirectoryName(Repo.Artifact(Path.Combine("html", "x")))!;
        var visitor = new Browser(_factory);
        var written = new List<string>();
        foreach (var url in PublicPages)
        {
            written.Add(await WriteAsync(visitor, url, HttpStatusCode.OK, folder));
        }

        written.Add(await WriteAsync(visitor, "/tidak-ada-halaman-ini", HttpStatusCode.NotFound, folder));

        var admin = await Browser.SignInAsync(_factory, "admin", "Demo#2026sop");
        foreach (var url in AdminPages)
        {
            written.Add(await WriteAsync(admin, url, HttpStatusCode.OK, folder));
        }

        var ppid = await Browser.SignInAsync(_factory, "ppid", "Demo#2026sop");
        written.Add(await WriteAsync(ppid, "/admin/disposisi/baru", HttpStatusCode.OK, folder));

        // The PPID desk's office pages on the demo register (a granted request, a letter waiting, a refusal objected to).
        var year = IndonesianTime.Today(TimeProvider.System).Year;
        foreach (var url in new[] { "/admin/layanan", "/admin/layanan/keberatan", "/admin/layanan/permohonan/baru", "/admin/layanan/laporan", $"/admin/layanan/laporan/cetak?tahun={year}" })
        {
            written.Add(await WriteAsync(ppid, url, HttpStatusCode.OK, folder));
        }

        var request = (await ppid.GetAsync("/admin/layanan")).Document.QuerySelectorAll("a[href^='/admin/layanan/permohonan/']")
            .Select(a => a.GetAttribute("href")!).First(h => Guid.TryParse(h.Split('/')[^1], out _));
        written.Add(await WriteAsync(ppid, request, HttpStatusCode.OK, folder, "layanan-permohonan"));
        var objection = (await ppid.GetAsync("/admin/layanan/keberatan")).Document.QuerySelectorAll("a[href^='/admin/layanan/keberatan/']")
            .Select(a => a.GetAttribute("href")!).First(h => Guid.TryParse(h.Split('/')[^1], out _));
        written.Add(await WriteAsync(ppid, objection, HttpStatusCode.OK, folder, "layanan-keberatan"));
        written.Add(await WriteAsync(visitor, $"/ppid/laporan/{year}", HttpStatusCode.OK, folder));

        // An item's page, its editor and its version comparison, as the person who handles it.
        var sekretaris = await Browser.SignInAsync(_factory, "sekretaris", "Demo#2026sop");
        var item = (await sekretaris.GetAsync("/admin")).Document.QuerySelectorAll("a[href^='/admin/materi/']")
            .Select(a => a.GetAttribute("href")!).First(h => h.Split('/').Length == 4);
        written.Add(await WriteAsync(sekretaris, item, HttpStatusCode.OK, folder));
        written.Add(await WriteAsync(sekretaris, item + "/cetak", HttpStatusCode.OK, folder));

        Assert.Equal(written.Count, written.Distinct(StringComparer.Ordinal).Count());
    }

    private static async Task<string> WriteAsync(Browser browser, string url, HttpStatusCode expected, string folder, string? name = null)
    {
        var page = await browser.GetAsync(url);
        Assert.True(page.Status == expected, $"{url}: {(int)page.Status}");
        name ??= url.Trim('/').Replace('/', '_').Replace('?', '_').Replace('=', '-');
        var file = Path.Combine(folder, (name.Length == 0 ? "beranda" : name) + ".html");
        await File.WriteAllTextAsync(file, page.Html);
        return file;
    }
}
