namespace SopPublikasi.IntegrationTests.Ui;

/// <summary>
/// Every admin page each SOP role can open, as the browser test visits it: the route key (as the app's endpoint data
/// source names it) and the address, with {placeholders} for the items the fixture carried to each step of the SOP.
/// A new admin page without a visit here fails <see cref="AdminPagesUiTests.EveryAdminPage_HasAVisit"/>.
/// </summary>
public static class AdminPageVisits
{
    /// <summary>The menu entries everyone signed in sees (their own work, the library, notifications, tokens).</summary>
    private static readonly (string Key, string Url)[] Everyone =
    [
        ("GET /admin", "/admin"),
        ("GET /admin/materi", "/admin/materi"),
        ("GET /admin/media", "/admin/media"),
        ("GET /admin/media-sosial", "/admin/media-sosial"),
        ("GET /admin/notifikasi", "/admin/notifikasi"),
        ("GET /admin/notifikasi/perangkat", "/admin/notifikasi/perangkat"),
        ("GET /admin/token", "/admin/token"),
    ];

    private static readonly Dictionary<string, (string Key, string Url)[]> ByRole = new(StringComparer.Ordinal)
    {
        ["admin"] =
        [
            ("GET /admin/webhook", "/admin/webhook"),
            ("GET /admin/halaman/{slug?}", "/admin/halaman"),
            ("GET /admin/halaman/{slug?}", "/admin/halaman/sambutan-camat"),
            ("GET /admin/pengguna", "/admin/pengguna"),
            ("GET /admin/pengguna/{id}", "/admin/pengguna/{staf}"),
            ("GET /admin/waktu", "/admin/waktu"),
            ("GET /admin/instruksi", "/admin/instruksi"),
            ("GET /admin/situs", "/admin/situs"),
            ("GET /admin/hak-akses", "/admin/hak-akses"),
            ("GET /admin/media-sosial/saluran", "/admin/media-sosial/saluran"),
            ("GET /admin/materi/{id:guid}", "/admin/materi/{terbit}"),
            ("GET /admin/materi/{id:guid}/perbedaan", "/admin/materi/{terbit}/perbedaan"),
            ("GET /admin/materi/{id:guid}/cetak", "/admin/materi/{terbit}/cetak"),
            ("GET /admin/layanan", "/admin/layanan"),
            ("GET /admin/layanan/laporan", "/admin/layanan/laporan"),
            ("GET /admin/hari-libur", "/admin/hari-libur"),
        ],
        ["ppid"] =
        [
            ("GET /admin/disposisi/baru", "/admin/disposisi/baru"),
            ("GET /admin/layanan", "/admin/layanan"),
            ("GET /admin/layanan/keberatan", "/admin/layanan/keberatan"),
            ("GET /admin/layanan/permohonan/baru", "/admin/layanan/permohonan/baru"),
            ("GET /admin/layanan/permohonan/{id:guid}", "/admin/layanan/permohonan/{permohonan}"),
            ("GET /admin/layanan/permohonan/{id:guid}", "/admin/layanan/permohonan/{permohonan-ditolak}"),
            ("GET /admin/layanan/keberatan/{id:guid}", "/admin/layanan/keberatan/{keberatan}"),
            ("GET /admin/layanan/laporan", "/admin/layanan/laporan"),
            ("GET /admin/layanan/laporan/cetak", "/admin/layanan/laporan/cetak"),
            ("GET /admin/hari-libur", "/admin/hari-libur"),
            ("GET /admin/materi/{id:guid}", "/admin/materi/{terbit}"),
            ("GET /admin/materi/{id:guid}", "/admin/materi/{verifikasi}"),
        ],
        ["agendaris"] =
        [
            ("GET /admin/materi/{id:guid}", "/admin/materi/{diberikan}"),
            ("GET /admin/materi/{id:guid}/cetak", "/admin/materi/{diberikan}/cetak"),
            ("GET /admin/layanan", "/admin/layanan"),
            ("GET /admin/layanan/permohonan/baru", "/admin/layanan/permohonan/baru"),
        ],
        ["sekretaris"] =
        [
            ("GET /admin/materi/{id:guid}", "/admin/materi/{diteruskan}"),
            ("GET /admin/materi/{id:guid}", "/admin/materi/{diterima}"),
            ("GET /admin/materi/{id:guid}", "/admin/materi/{koreksi}"),
            ("GET /admin/materi/{id:guid}", "/admin/materi/{terbit}"),
            ("GET /admin/materi/{id:guid}/perbedaan", "/admin/materi/{koreksi}/perbedaan"),
            ("GET /admin/halaman/{slug?}", "/admin/halaman"),
            ("GET /admin/halaman/{slug?}", "/admin/halaman/sambutan-camat"),
            ("GET /admin/layanan/laporan", "/admin/layanan/laporan"),
        ],
        ["staf"] =
        [
            ("GET /admin/materi/{id:guid}", "/admin/materi/{penyusunan}"),
            ("GET /admin/materi/{id:guid}/sunting", "/admin/materi/{penyusunan}/sunting"),
            ("GET /admin/ditolak", "/admin/ditolak"),
            ("GET /admin/layanan", "/admin/layanan"),
            ("GET /admin/layanan/permohonan/{id:guid}", "/admin/layanan/permohonan/{permohonan}"),
        ],
        ["atasan"] =
        [
            ("GET /admin/layanan", "/admin/layanan"),
            ("GET /admin/layanan/keberatan", "/admin/layanan/keberatan"),
            ("GET /admin/layanan/keberatan/{id:guid}", "/admin/layanan/keberatan/{keberatan}"),
            ("GET /admin/layanan/laporan", "/admin/layanan/laporan"),
        ],
        ["verifikator"] =
        [
            ("GET /admin/materi/{id:guid}", "/admin/materi/{verifikasi}"),
            ("GET /admin/materi/{id:guid}/pratinjau", "/admin/materi/{verifikasi}/pratinjau"),
            ("GET /admin/materi/{id:guid}/perbedaan", "/admin/materi/{verifikasi}/perbedaan"),
        ],
    };

    /// <summary>The pages one may open before signing in.</summary>
    public static readonly (string Key, string Url)[] Anonymous = [("GET /admin/masuk", "/admin/masuk")];

    public static IEnumerable<string> Users => ByRole.Keys;

    public static IReadOnlyList<(string Key, string Url)> Of(string user) => [.. Everyone, .. ByRole[user]];

    public static IEnumerable<string> AllKeys => ByRole.Values.SelectMany(v => v).Concat(Everyone).Concat(Anonymous).Select(v => v.Key);
}
