using SopPublikasi.IntegrationTests.Infrastructure;

namespace SopPublikasi.IntegrationTests;

/// <summary>
/// The admin menu is built from the features' entries and the user's permissions (seeded defaults): each user sees
/// the entries they saw when the menu was written by hand from their roles, in the same order, with the same links,
/// plus "Hak Akses" for those who manage permissions.
/// </summary>
public sealed class AdminMenuTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Head = "Dasbor=/admin";
    private const string Disposisi = "Disposisi Baru=/admin/disposisi/baru";
    private const string Semua = "Semua Materi=/admin/materi";
    private const string Pustaka = "Pustaka Media=/admin/media";
    private const string Token = "Token API=/admin/token";
    private const string Halaman = "Halaman=/admin/halaman";
    private const string Media = "Media Sosial=/admin/media-sosial";
    private const string HariLibur = "Hari Libur=/admin/hari-libur";
    private const string Tail = "Lihat situs=/";
    private const string Layanan = "Layanan Informasi=/admin/layanan";
    private const string Catat = "Catat Permohonan=/admin/layanan/permohonan/baru";
    private const string Laporan = "Laporan Layanan=/admin/layanan/laporan";

    public static TheoryData<string, string[]> Menus => new()
    {
        { "admin", [Head, Semua, Pustaka, Layanan, Laporan, Token, Halaman, Media, "Webhook=/admin/webhook", "Pengguna=/admin/pengguna", "Waktu SOP=/admin/waktu", "Instruksi Disposisi=/admin/instruksi", HariLibur, "Pengaturan Situs=/admin/situs", "Hak Akses=/admin/hak-akses", Tail] },
        { "ppid", [Head, Semua, Disposisi, Pustaka, Layanan, Catat, Laporan, Token, Media, HariLibur, Tail] },
        { "agendaris", [Head, Semua, Pustaka, Layanan, Catat, Token, Media, Tail] },
        { "sekretaris", [Head, Semua, Pustaka, Laporan, Token, Halaman, Media, Tail] },
        { "sekcam", [Head, Semua, Pustaka, Layanan, Catat, Laporan, Token, Halaman, Media, Tail] },
        { "staf", [Head, Semua, Pustaka, Layanan, Token, Media, Tail] },
        { "verifikator", [Head, Semua, Pustaka, Token, Media, Tail] },
    };

    [Theory]
    [MemberData(nameof(Menus))]
    public async Task Menu_PerUser_AsBefore(string user, string[] expected)
    {
        var page = await (await app.SignInAsync(user)).GetAsync("/admin");

        var links = page.Document.QuerySelectorAll("nav[aria-label='Menu admin'] a").Select(a => $"{a.TextContent.Trim()}={a.GetAttribute("href")}");

        Assert.Equal(expected, links);
        Assert.Equal("/admin/keluar", page.Document.QuerySelector("nav form")!.GetAttribute("action"));
    }

    [Fact]
    public async Task MenuLink_IgnoresTheOpenPagesRouteValues()
    {
        var page = await (await app.SignInAsync("sekretaris")).GetAsync("/admin/halaman/sejarah");

        Assert.NotNull(page.Document.QuerySelector("nav a[href='/admin/halaman']"));
        Assert.NotNull(page.Document.QuerySelector("a.brand[href='/admin']"));
        Assert.NotNull(page.Document.QuerySelector("a.bell[href='/admin/notifikasi']"));
    }
}
