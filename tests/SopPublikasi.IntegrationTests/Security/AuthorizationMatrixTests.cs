using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Media;

namespace SopPublikasi.IntegrationTests.Security;

/// <summary>
/// The proof matrix: every role × every endpoint of the running app (read from its EndpointDataSource, one key per
/// Razor page handler) → the exact status the SOP's rules give (<see cref="SopPublikasi.Module.Materi.MateriAccess"/>).
/// An endpoint without a row fails the test: a new endpoint gets its row here, one line.
/// Items: A = in Penyusunan, assigned to "staf", no draft yet, with a scanned letter; V = in Verifikasi, written by
/// "staf"; P = published with a cover photo.
/// </summary>
public sealed class AuthorizationMatrixTests(AuthorizationMatrixTests.Items items) : IClassFixture<AuthorizationMatrixTests.Items>
{
    /// <summary>The columns, in order: a user per role ("staf" holds item A; "staf2" is another Staf Sekretariat), then anonymous.</summary>
    public static readonly string?[] Columns = ["admin", "ppid", "agendaris", "sekretaris", "staf", "staf2", "verifikator", null];

    private const string All200 = "200 200 200 200 200 200 200 200";

    /// <summary>
    /// Key (method, route pattern, page handler) | URL ({A} {V} {P} {slug} {scan} {variant} filled in) | expected per column:
    /// Administrator, PPID Pembantu, Pencatat/Agendaris, Sekretaris, Staf (assigned), Staf (other), Tim Pengolahan Data, anonymous.
    /// "login" = redirected to /admin/masuk; "403" on a page = 403, or redirected to the access-denied page (/admin/ditolak,
    /// which answers 403). Page posts carry the user's antiforgery token.
    /// </summary>
    public static readonly Row[] Table =
    [
        // Public site, feeds, files, operations: everyone.
        new("GET /", "/", All200),
        new("GET /berita", "/berita", All200),
        new("GET /berita/{slug}", "/berita/{slug}", All200),
        new("GET /kategori/{kategori}", "/kategori/berita-kegiatan", All200),
        new("GET /pengumuman", "/pengumuman", All200),
        new("GET /agenda", "/agenda", All200),
        new("GET /cari", "/cari?q=kegiatan", All200),
        new("GET /kontak", "/kontak", All200),
        new("GET /ppid", "/ppid", All200),
        new("GET /galeri", "/galeri", All200),
        new("GET /profil/{slug?}", "/profil/sejarah", All200),
        new("GET /layanan/{slug?}", "/layanan/persyaratan", All200),
        new("GET /status/{code:int}", "/status/404", All200),
        new("POST /status/{code:int}", "/status/404", All200, Form: []),
        new("GET /rss.xml", "/rss.xml", All200),
        new("GET /atom.xml", "/atom.xml", All200),
        new("GET /sitemap.xml", "/sitemap.xml", All200),
        new("GET /robots.txt", "/robots.txt", All200),
        new("GET /manifest.webmanifest", "/manifest.webmanifest", All200),
        new("GET /sw.js", "/sw.js", All200),
        new("GET /luring", "/luring", All200),
        new("GET /ikon-{size:int}.png", "/ikon-192.png", All200),
        new("GET /favicon.ico", "/favicon.ico", All200),
        new("GET /apple-touch-icon.png", "/apple-touch-icon.png", All200),
        new("GET /ikon/{version}/{name}", "/ikon/bawaan/ikon-192.png", All200),
        new("* /healthz", "/healthz", All200),
        new("* /readyz", "/readyz", All200),
        new("GET /openapi/{documentName}.json", "/openapi/v1.json", All200),
        new("GET /scalar/{documentName?}", "/scalar/v1", All200),
        new("GET /scalar/scalar.js", "/scalar/scalar.js", All200),
        new("GET /scalar/scalar.aspnetcore.js", "/scalar/scalar.aspnetcore.js", All200),
        new("GET /scalar/favicon.svg", "/scalar/favicon.svg", All200),
        new("GET /media/{id:guid}", "/media/{cover}", All200),
        new("GET /media/{id:guid}", "/media/{scan}", "200 200 200 200 200 404 404 404"),
        new("GET /media/{id:guid}/{width:int}.{format}", "/media/{variant}", All200),
        new("GET /media/{id:guid}/instagram.jpg", "/media/{cover}/instagram.jpg", All200),
        new("GET /pratinjau/{token}", "/pratinjau/tidak-ada", "404 404 404 404 404 404 404 404"),
        new("GET /pratinjau/{token}/media/{id:guid}", "/pratinjau/tidak-ada/media/{cover}", "404 404 404 404 404 404 404 404"),
        new("GET /pratinjau/{token}/media/{id:guid}/{width:int}.{format}", "/pratinjau/tidak-ada/media/{variant}", "404 404 404 404 404 404 404 404"),

        // Public API.
        new("GET /api/v1/berita/", "/api/v1/berita", All200),
        new("GET /api/v1/berita/{slug}", "/api/v1/berita/{slug}", All200),
        new("GET /api/v1/kategori", "/api/v1/kategori", All200),
        new("GET /api/v1/informasi-publik", "/api/v1/informasi-publik", All200),

        // Workflow API (bearer token of each user).
        new("POST /api/v1/disposisi", "/api/v1/disposisi", "403 201 403 403 403 403 403 401", Json: ApiFlow.Disposisi("Disposisi dari matriks")),
        new("GET /api/v1/tugas", "/api/v1/tugas", "200 200 200 200 200 200 200 401"),
        new("GET /api/v1/materi", "/api/v1/materi?q=butir", "200 200 200 200 200 200 200 401"),
        new("GET /api/v1/materi/{id:guid}/petugas", "/api/v1/materi/{A}/petugas", "200 200 200 200 200 404 404 401"),
        new("GET /api/v1/klasifikasi", "/api/v1/klasifikasi", "200 200 200 200 200 200 200 401"),
        new("GET /api/v1/informasi-berkala/perlu-diperbarui", "/api/v1/informasi-berkala/perlu-diperbarui", "403 200 403 200 403 403 403 401"),
        new("GET /api/v1/media", "/api/v1/media?q=sampul", "200 200 200 200 200 200 200 401"),
        new("GET /admin/materi", "/admin/materi?q=butir", "200 200 200 200 200 200 200 login"),
        new("GET /admin/media", "/admin/media", "200 200 200 200 200 200 200 login"),
        new("POST /admin/media?handler=Keterangan", "/admin/media?handler=Keterangan&id={cover}", "302 302 302 302 302 302 302 login", Form: ["keterangan=Foto kegiatan", "kredit=Humas"]),
        new("POST /admin/media?handler=Keterangan", "/admin/media?handler=Keterangan&id={scan}", "404 404 404 404 404 404 404 login", Form: ["keterangan=Bukan foto"]),
        new("GET /api/v1/alur", "/api/v1/alur", "200 200 200 200 200 200 200 401"),
        new("POST /api/v1/media", "/api/v1/media", "201 201 201 201 201 201 201 401", Upload: true),
        new("GET /api/v1/media/{id:guid}", "/api/v1/media/{cover}", "200 200 200 200 200 200 200 401"),
        new("GET /api/v1/media/{id:guid}", "/api/v1/media/{scan}", "200 200 200 200 200 404 404 401"),
        new("GET /api/v1/materi/{id:guid}", "/api/v1/materi/{A}", "200 200 200 200 200 404 404 401"),
        new("GET /api/v1/materi/{id:guid}", "/api/v1/materi/{V}", "200 200 200 200 200 404 200 401"),
        new("GET /api/v1/materi/{id:guid}", "/api/v1/materi/{unknown}", "404 404 404 404 404 404 404 401"),
        new("PUT /api/v1/materi/{id:guid}", "/api/v1/materi/{A}", "403 403 403 403 412 404 404 401", Json: ApiFlow.Draft("Tulisan dari matriks"), IfMatch: "99"),
        new("POST /api/v1/materi/{id:guid}/transisi", "/api/v1/materi/{A}/transisi", "403 403 403 403 422 404 404 401", Json: new { aksi = "serahkan" }),
        new("POST /api/v1/materi/{id:guid}/transisi", "/api/v1/materi/{V}/transisi", "403 403 403 403 403 404 422 401", Json: new { aksi = "kembalikan" }),
        new("POST /api/v1/materi/{id:guid}/transisi", "/api/v1/materi/{P}/transisi", "403 422 403 403 403 404 422 401", Json: new { aksi = "tarik" }),
        new("GET /api/v1/materi/{id:guid}/crosspost", "/api/v1/materi/{A}/crosspost", "200 200 200 200 200 404 404 401"),
        new("GET /api/v1/materi/{id:guid}/crosspost", "/api/v1/materi/{P}/crosspost", "200 200 200 200 200 404 200 401"),
        new("GET /api/v1/materi/{id:guid}/pratinjau", "/api/v1/materi/{V}/pratinjau", "200 200 200 200 200 404 200 401"),
        new("PUT /api/v1/materi/{id:guid}/autosimpan", "/api/v1/materi/{A}/autosimpan", "403 403 403 403 200 404 404 401", Json: new { judul = "Draf otomatis dari matriks" }),
        new("GET /api/v1/materi/{id:guid}/autosimpan", "/api/v1/materi/{V}/autosimpan", "404 404 404 404 404 404 404 401"),
        new("DELETE /api/v1/materi/{id:guid}/autosimpan", "/api/v1/materi/{V}/autosimpan", "204 204 204 204 204 404 204 401"),
        new("POST /api/v1/materi/{id:guid}/versi/{versi:int}/pulihkan", "/api/v1/materi/{A}/versi/1/pulihkan", "403 403 403 403 404 404 404 401", IfMatch: "0"),
        new("PATCH /api/v1/media/{id:guid}", "/api/v1/media/{cover}", "200 200 200 200 200 200 200 401", Json: new { keterangan = "Keterangan dari matriks" }),
        new("PATCH /api/v1/media/{id:guid}", "/api/v1/media/{scan}", "404 404 404 404 404 404 404 401", Json: new { kredit = "Kredit dari matriks" }),
        new("GET /api/v1/materi/{id:guid}/tautan-pratinjau", "/api/v1/materi/{A}/tautan-pratinjau", "200 200 200 200 200 404 404 401"),
        new("POST /api/v1/materi/{id:guid}/tautan-pratinjau", "/api/v1/materi/{A}/tautan-pratinjau", "422 422 422 422 422 404 404 401"),
        new("GET /api/v1/materi/{id:guid}/tautan-pratinjau/{tautanId:guid}", "/api/v1/materi/{A}/tautan-pratinjau/{unknown}", "404 404 404 404 404 404 404 401"),
        new("DELETE /api/v1/materi/{id:guid}/tautan-pratinjau/{tautanId:guid}", "/api/v1/materi/{A}/tautan-pratinjau/{unknown}", "404 404 404 404 404 404 404 401"),

        // Admin pages (sign-in cookie).
        new("GET /admin/masuk", "/admin/masuk", All200),
        new("POST /admin/masuk", "/admin/masuk", All200, Form: ["Input.NamaPengguna=tidak-ada", "Input.KataSandi=salah-sekali"]),
        new("GET /admin/ditolak", "/admin/ditolak", "403 403 403 403 403 403 403 403"),
        new("GET /admin", "/admin", "200 200 200 200 200 200 200 login"),
        new("GET /admin/token", "/admin/token", "200 200 200 200 200 200 200 login"),
        new("POST /admin/token?handler=Buat", "/admin/token?handler=Buat", "200 200 200 200 200 200 200 login", Form: ["Input.Nama="]),
        new("POST /admin/token?handler=Cabut", "/admin/token?handler=Cabut", "302 302 302 302 302 302 302 login", Form: ["tokenId={unknown}"]),
        new("POST /admin/token?handler=CabutTerbitan", "/admin/token?handler=CabutTerbitan", "302 302 302 302 302 302 302 login", Form: ["tokenId={unknown}"]),
        new("GET /admin/hari-libur", "/admin/hari-libur", "200 200 403 403 403 403 403 login"),
        new("POST /admin/hari-libur?handler=Tambah", "/admin/hari-libur?handler=Tambah", "200 200 403 403 403 403 403 login", Form: ["Input.Tanggal="]),
        new("POST /admin/hari-libur?handler=Hapus", "/admin/hari-libur?handler=Hapus", "404 404 403 403 403 403 403 login", Form: ["tanggal=2000-01-01"]),
        new("GET /admin/webhook", "/admin/webhook", "200 403 403 403 403 403 403 login"),
        new("POST /admin/webhook?handler=Buat", "/admin/webhook?handler=Buat", "200 403 403 403 403 403 403 login", Form: ["Input.Url="]),
        new("POST /admin/webhook?handler=Aktif", "/admin/webhook?handler=Aktif", "404 403 403 403 403 403 403 login", Form: ["id={unknown}", "aktif=false"]),
        new("POST /admin/webhook?handler=Rotasi", "/admin/webhook?handler=Rotasi", "404 403 403 403 403 403 403 login", Form: ["id={unknown}"]),
        new("GET /admin/halaman/{slug?}", "/admin/halaman/sejarah", "200 403 403 200 403 403 403 login"),
        new("POST /admin/halaman/{slug?}", "/admin/halaman/sejarah", "200 403 403 200 403 403 403 login", Form: ["Input.Judul=", "Input.Isi="]),
        new("GET /admin/pengguna", "/admin/pengguna", "200 403 403 403 403 403 403 login"),
        new("POST /admin/pengguna", "/admin/pengguna", "200 403 403 403 403 403 403 login", Form: ["Input.NamaPengguna="]),
        new("GET /admin/pengguna/{id}", "/admin/pengguna/{unknown}", "404 403 403 403 403 403 403 login"),
        new("POST /admin/pengguna/{id}?handler=Data", "/admin/pengguna/{unknown}?handler=Data", "404 403 403 403 403 403 403 login", Form: ["Input.NamaLengkap="]),
        new("POST /admin/pengguna/{id}?handler=Status", "/admin/pengguna/{unknown}?handler=Status", "404 403 403 403 403 403 403 login", Form: ["aktif=false"]),
        new("POST /admin/pengguna/{id}?handler=Sandi", "/admin/pengguna/{unknown}?handler=Sandi", "404 403 403 403 403 403 403 login", Form: ["KataSandiBaru="]),
        new("GET /admin/waktu", "/admin/waktu", "200 403 403 403 403 403 403 login"),
        new("POST /admin/waktu", "/admin/waktu", "200 403 403 403 403 403 403 login", Form: ["Hari[2]=bukan-angka"]),
        new("GET /admin/instruksi", "/admin/instruksi", "200 403 403 403 403 403 403 login"),
        new("POST /admin/instruksi", "/admin/instruksi", "200 403 403 403 403 403 403 login", Form: ["Items[0].Id=999999", "Items[0].Teks="]),
        new("GET /admin/situs", "/admin/situs", "200 403 403 403 403 403 403 login"),
        new("POST /admin/situs", "/admin/situs", "200 403 403 403 403 403 403 login", Form: ["Nilai[Name]="]),
        new("GET /admin/hak-akses", "/admin/hak-akses", "200 403 403 403 403 403 403 login"),
        new("POST /admin/hak-akses", "/admin/hak-akses", "200 403 403 403 403 403 403 login", Form: ["peran=tidak-ada"]),
        new("GET /admin/notifikasi", "/admin/notifikasi", "200 200 200 200 200 200 200 login"),
        new("POST /admin/notifikasi?handler=Buka", "/admin/notifikasi?handler=Buka", "404 404 404 404 404 404 404 login", Form: ["id=999999"]),
        new("POST /admin/notifikasi?handler=Baca", "/admin/notifikasi?handler=Baca", "404 404 404 404 404 404 404 login", Form: ["id=999999"]),
        new("POST /admin/notifikasi?handler=BacaSemua", "/admin/notifikasi?handler=BacaSemua", "302 302 302 302 302 302 302 login", Form: []),
        new("GET /admin/notifikasi/perangkat", "/admin/notifikasi/perangkat", "200 200 200 200 200 200 200 login"),
        new("POST /admin/notifikasi/perangkat?handler=Langganan", "/admin/notifikasi/perangkat?handler=Langganan", "409 409 409 409 409 409 409 login", Form: []),
        new("POST /admin/notifikasi/perangkat?handler=Hapus", "/admin/notifikasi/perangkat?handler=Hapus", "404 404 404 404 404 404 404 login", Form: ["id=999999"]),
        new("GET /admin/materi/{id:guid}/perbedaan", "/admin/materi/{A}/perbedaan", "200 200 200 200 200 404 404 login"),
        new("POST /admin/materi/{id:guid}?handler=Komentar", "/admin/materi/{A}?handler=Komentar", "200 200 200 200 200 404 404 login", Form: ["Teks="]),
        new("POST /admin/materi/{id:guid}?handler=TandaiTerkirim", "/admin/materi/{A}?handler=TandaiTerkirim", "302 403 403 403 403 403 403 login", Form: ["kiriman={unknown}"]),
        new("POST /admin/materi/{id:guid}?handler=TandaiDihapus", "/admin/materi/{A}?handler=TandaiDihapus", "302 403 403 403 403 403 403 login", Form: ["penghapusan={unknown}"]),
        new("POST /admin/materi/{id:guid}/sunting?handler=Foto", "/admin/materi/{A}/sunting?handler=Foto", "403 403 403 403 400 404 404 login", Form: ["alt=Foto"]),
        new("GET /admin/media-sosial", "/admin/media-sosial", "200 200 200 200 200 200 200 login"),
        new("POST /admin/media-sosial?handler=Ulangi", "/admin/media-sosial?handler=Ulangi", "302 403 403 403 403 403 403 login", Form: ["id={unknown}"]),
        new("POST /admin/media-sosial?handler=Batalkan", "/admin/media-sosial?handler=Batalkan", "302 403 403 403 403 403 403 login", Form: ["id={unknown}"]),
        new("POST /admin/media-sosial?handler=Konfirmasi", "/admin/media-sosial?handler=Konfirmasi", "302 403 403 403 403 403 403 login", Form: ["id={unknown}", "tautan=https://x.com/kecamatan/status/1"]),
        new("POST /admin/media-sosial?handler=TandaiTerkirim", "/admin/media-sosial?handler=TandaiTerkirim", "302 403 403 403 403 403 403 login", Form: ["kiriman={unknown}"]),
        new("GET /admin/media-sosial/saluran", "/admin/media-sosial/saluran", "200 403 403 403 403 403 403 login"),
        new("POST /admin/media-sosial/saluran?handler=Simpan", "/admin/media-sosial/saluran?handler=Simpan", "200 403 403 403 403 403 403 login", Form: ["Input.Nama="]),
        new("POST /admin/media-sosial/saluran?handler=Aktif", "/admin/media-sosial/saluran?handler=Aktif", "404 403 403 403 403 403 403 login", Form: ["nama=tidak-ada", "aktif=false"]),
        new("POST /admin/media-sosial/saluran?handler=Lanjutkan", "/admin/media-sosial/saluran?handler=Lanjutkan", "404 403 403 403 403 403 403 login", Form: ["nama=tidak-ada"]),
        new("POST /admin/media-sosial/saluran?handler=Tes", "/admin/media-sosial/saluran?handler=Tes", "404 403 403 403 403 403 403 login", Form: ["nama=tidak-ada"]),
        new("POST /admin/materi/{id:guid}?handler=Pratinjau", "/admin/materi/{A}?handler=Pratinjau", "403 403 403 403 403 404 404 login", Form: ["kanal=log", "teks=Teks"]),
        new("GET /admin/disposisi/baru", "/admin/disposisi/baru", "403 200 403 403 403 403 403 login"),
        new("POST /admin/disposisi/baru", "/admin/disposisi/baru", "403 200 403 403 403 403 403 login", Form: ["Input.Perihal="]),
        new("GET /admin/materi/{id:guid}", "/admin/materi/{A}", "200 200 200 200 200 404 404 login"),
        new("GET /admin/materi/{id:guid}", "/admin/materi/{V}", "200 200 200 200 200 404 200 login"),
        new("GET /admin/materi/{id:guid}", "/admin/materi/{unknown}", "404 404 404 404 404 404 404 login"),
        new("POST /admin/materi/{id:guid}?handler=Transisi", "/admin/materi/{A}?handler=Transisi", "403 403 403 403 200 404 404 login", Form: ["Input.Aksi=serahkan"]),
        new("POST /admin/materi/{id:guid}?handler=Transisi", "/admin/materi/{V}?handler=Transisi", "403 403 403 403 403 404 200 login", Form: ["Input.Aksi=kembalikan"]),
        new("GET /admin/materi/{id:guid}/sunting", "/admin/materi/{A}/sunting", "302 302 302 302 200 404 404 login"),
        new("POST /admin/materi/{id:guid}/sunting", "/admin/materi/{A}/sunting", "302 302 302 302 200 404 404 login", Form: ["Input.Judul=", "Input.VersiDasar=0"]),
        new("GET /admin/materi/{id:guid}/cetak", "/admin/materi/{A}/cetak", "200 200 200 200 200 404 404 login"),
        new("GET /admin/materi/{id:guid}/cetak", "/admin/materi/{V}/cetak", "200 200 200 200 200 404 200 login"),
        new("GET /admin/materi/{id:guid}/pratinjau", "/admin/materi/{V}/pratinjau", "200 200 200 200 200 404 200 login"),
        new("POST /admin/materi/{id:guid}?handler=TautanPratinjau", "/admin/materi/{A}?handler=TautanPratinjau", "302 302 302 302 302 404 404 login", Form: []),
        new("POST /admin/materi/{id:guid}?handler=CabutTautanPratinjau", "/admin/materi/{A}?handler=CabutTautanPratinjau", "404 404 404 404 404 404 404 login", Form: ["tautan={unknown}"]),
        new("POST /admin/materi/{id:guid}?handler=PulihkanVersi", "/admin/materi/{A}?handler=PulihkanVersi", "403 403 403 403 302 404 404 login", Form: ["versi=1", "versiDasar=0"]),
        new("POST /admin/materi/{id:guid}/sunting?handler=Otomatis", "/admin/materi/{A}/sunting?handler=Otomatis", "403 403 403 403 200 404 404 login", Form: ["Input.Judul=Draf otomatis", "Input.VersiDasar=0"]),

        // PPID desk, the office's side (issue 23): register and objections (LihatRegisterLayanan), recording
        // (CatatPermohonan), the identity scan (LihatDataPemohon), the report (LihatLaporanLayanan), the public report.
        new("GET /admin/layanan", "/admin/layanan?status=terbuka&q=001", "200 200 200 403 200 200 403 login"),
        new("GET /admin/layanan/keberatan", "/admin/layanan/keberatan?status=menunggu", "200 200 200 403 200 200 403 login"),
        new("GET /admin/layanan/permohonan/baru", "/admin/layanan/permohonan/baru", "403 200 200 403 403 403 403 login"),
        new("POST /admin/layanan/permohonan/baru", "/admin/layanan/permohonan/baru", "403 200 200 403 403 403 403 login", Form: ["Input.NamaPemohon="]),
        new("GET /admin/layanan/permohonan/{id:guid}", "/admin/layanan/permohonan/{unknown}", "404 404 404 403 404 404 403 login"),
        new("GET /admin/layanan/permohonan/{id:guid}?handler=Identitas", "/admin/layanan/permohonan/{unknown}?handler=Identitas", "403 404 404 403 404 404 403 login"),
        new("GET /admin/layanan/permohonan/{id:guid}?handler=Lampiran", "/admin/layanan/permohonan/{unknown}?handler=Lampiran&lampiran={unknown}", "404 404 404 403 404 404 403 login"),
        new("POST /admin/layanan/permohonan/{id:guid}?handler=Perpanjang", "/admin/layanan/permohonan/{unknown}?handler=Perpanjang", "404 404 404 403 404 404 403 login", Form: ["Revisi=0", "Alasan=Perlu waktu"]),
        new("POST /admin/layanan/permohonan/{id:guid}?handler=Siapkan", "/admin/layanan/permohonan/{unknown}?handler=Siapkan", "404 404 404 403 404 404 403 login", Form: ["Revisi=0", "Jawab.Keputusan=Dikabulkan", "Jawab.Jawaban=Ya"]),
        new("POST /admin/layanan/permohonan/{id:guid}?handler=Jawab", "/admin/layanan/permohonan/{unknown}?handler=Jawab", "404 404 404 403 404 404 403 login", Form: ["Revisi=0", "Jawab.Keputusan=Dikabulkan", "Jawab.Jawaban=Ya"]),
        new("POST /admin/layanan/permohonan/{id:guid}?handler=Lampirkan", "/admin/layanan/permohonan/{unknown}?handler=Lampirkan", "404 404 404 403 404 404 403 login", Form: []),
        new("GET /admin/layanan/keberatan/{id:guid}", "/admin/layanan/keberatan/{unknown}", "404 404 404 403 404 404 403 login"),
        new("POST /admin/layanan/keberatan/{id:guid}?handler=Putus", "/admin/layanan/keberatan/{unknown}?handler=Putus", "404 404 404 403 404 404 403 login", Form: ["Revisi=0", "Putusan=Ditolak", "Tanggapan=Tetap"]),
        new("POST /admin/layanan/keberatan/{id:guid}?handler=Sengketa", "/admin/layanan/keberatan/{unknown}?handler=Sengketa", "404 404 404 403 404 404 403 login", Form: ["Revisi=0", "Tanggal=2025-01-02"]),
        new("GET /admin/layanan/laporan", "/admin/layanan/laporan?tahun=2025", "200 200 403 200 403 403 403 login"),
        new("GET /admin/layanan/laporan?handler=Xlsx", "/admin/layanan/laporan?handler=Xlsx&tahun=2025", "200 200 403 200 403 403 403 login"),
        new("GET /admin/layanan/laporan/cetak", "/admin/layanan/laporan/cetak?tahun=2025", "200 200 403 200 403 403 403 login"),
        new("GET /ppid/laporan/{tahun:int}", "/ppid/laporan/2025", All200),
        new("GET /api/v1/layanan/laporan/{tahun:int}", "/api/v1/layanan/laporan/2025", "200 200 403 200 403 403 403 401"),

        // Signs the user out: last, each user signs in afresh afterwards.
        new("POST /admin/keluar", "/admin/keluar", "302 302 302 302 302 302 302 login", Form: []),
    ];

    public static TheoryData<int> RowNumbers()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Table.Length; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Fact]
    public async Task EveryEndpointOfTheApp_HasARow_AndEveryRowAnEndpoint()
    {
        var endpoints = await EndpointCatalog.KeysAsync(items.App.Factory.Services);
        var rows = Table.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);

        var missing = endpoints.Where(e => !rows.Contains(e)).ToList();
        var stale = rows.Where(r => !endpoints.Contains(r)).ToList();

        Assert.True(missing.Count == 0, "Endpoints without a row in AuthorizationMatrixTests.Table:\n" + string.Join("\n", missing));
        Assert.True(stale.Count == 0, "Rows for endpoints the app no longer has:\n" + string.Join("\n", stale));
        Assert.All(Table, r => Assert.Equal(Columns.Length, r.Expected.Split(' ').Length));
    }

    [Theory]
    [MemberData(nameof(RowNumbers))]
    public async Task EveryRole_GetsExactlyTheStatusOfTheTable(int row)
    {
        var r = Table[row];
        var failures = new List<string>();
        var expected = r.Expected.Split(' ');
        for (var c = 0; c < Columns.Length; c++)
        {
            var user = Columns[c];
            using var response = await items.SendAsync(r, user);
            var actual = Describe(response);
            if (actual != expected[c])
            {
                failures.Add($"{user ?? "anonim"}: expected {expected[c]}, got {actual} ({Snippet(await response.Content.ReadAsStringAsync())})");
            }
        }

        Assert.True(failures.Count == 0, $"{r.Key} {r.Url}:\n" + string.Join("\n", failures) + "\n" + items.App.Factory.Errors);
    }

    /// <summary>"login" for the redirect to the sign-in page; the redirect to the access-denied page (which answers 403) counts as 403.</summary>
    private static string Describe(HttpResponseMessage response)
    {
        var location = response.StatusCode == HttpStatusCode.Redirect ? response.Headers.Location?.OriginalString ?? string.Empty : string.Empty;
        return location.Contains("/admin/masuk", StringComparison.Ordinal) ? "login"
            : location.Contains("/admin/ditolak", StringComparison.Ordinal) ? "403"
            : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Lists leave out what a person may not open: the task list of the API and the admin's dashboard.</summary>
    [Theory]
    [InlineData("staf2", false, false)]
    [InlineData("verifikator", false, true)]
    [InlineData("staf", true, true)]
    [InlineData("agendaris", true, true)]
    public async Task TaskLists_ShowOnlyItemsThePersonMaySee(string user, bool seesA, bool seesV)
    {
        var a = items.Values["{A}"];
        var v = items.Values["{V}"];
        using var session = await RawSession.SignInAsync(items.App.Factory, user);
        var dashboard = await session.Http.GetStringAsync(new Uri("/admin", UriKind.Relative));
        var api = await (await items.Flow.ClientAsync(user)).GetStringAsync(new Uri("/api/v1/tugas", UriKind.Relative));

        Assert.Equal(seesA, dashboard.Contains(a, StringComparison.Ordinal));
        Assert.Equal(seesV, dashboard.Contains(v, StringComparison.Ordinal));
        Assert.False(!seesA && api.Contains(a, StringComparison.Ordinal));
        Assert.False(!seesV && api.Contains(v, StringComparison.Ordinal));
    }

    private static string Snippet(string body) => body.Length > 200 ? body[..200] : body;

    /// <param name="Form">Page post fields ("name=value"; the antiforgery token is added); null for GET.</param>
    /// <param name="Json">API body.</param>
    public sealed record Row(string Key, string Url, string Expected, string[]? Form = null, object? Json = null, string? IfMatch = null, bool Upload = false)
    {
        public string Method => Key.Split(' ')[0] is "*" ? "GET" : Key.Split(' ')[0];
    }

    /// <summary>The app with its test users and the items A, V and P; a session and a token per user.</summary>
    public sealed class Items : IAsyncLifetime
    {
        private readonly Dictionary<string, RawSession> _sessions = new(StringComparer.Ordinal);

        public AppFixture App { get; } = new();

        public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

        public ApiFlow Flow { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            await App.InitializeAsync();
            Flow = new ApiFlow(App.Factory);
            var scan = await Flow.UploadAsync("ppid", Sop.Pdf(), "surat.pdf");
            var disposisi = ApiFlow.Disposisi("Disposisi butir A");
            var a = await Flow.ToPenyusunanAsync(new { nomorAgenda = "005/A/2026", tanggalDiterima = "2026-11-23", asalSurat = "PPID", perihal = "Butir A", instruksi = new[] { "Untuk dipublikasikan" }, diteruskanKepada = "Sekretaris", pindaianId = scan });
            var v = await Flow.ToVerifikasiAsync(disposisi, ApiFlow.Draft("Butir V dalam verifikasi"));
            var cover = await Flow.UploadAsync("staf", Photos.Jpeg(1200, 800), "sampul.jpg");
            var (p, slug) = await Flow.PublishAsync(ApiFlow.Disposisi("Butir P"), ApiFlow.Draft("Butir P yang terbit", cover: cover, coverAlt: "Foto kegiatan"));
            var variant = App.Factory.WithDb(db => db.Media.Include(m => m.Variants).Single(m => m.Id == cover).Variants.First());
            Values["{A}"] = a.ToString();
            Values["{V}"] = v.ToString();
            Values["{P}"] = p.ToString();
            Values["{slug}"] = slug;
            Values["{scan}"] = scan.ToString();
            Values["{cover}"] = cover.ToString();
            Values["{variant}"] = $"{cover}/{variant.Width}.{variant.Format}";
            Values["{unknown}"] = Guid.NewGuid().ToString();
        }

        public string Fill(string text) => Values.Aggregate(text, (s, v) => s.Replace(v.Key, v.Value, StringComparison.Ordinal));

        public async Task<HttpResponseMessage> SendAsync(Row row, string? user)
        {
            ArgumentNullException.ThrowIfNull(row);
            var url = new Uri(Fill(row.Url), UriKind.Relative);
            using var request = new HttpRequestMessage(new HttpMethod(row.Method), url);
            if (row.Url.StartsWith("/api/", StringComparison.Ordinal))
            {
                var client = user is null ? Api.Anonymous(App.Factory) : await Flow.ClientAsync(user);
                if (row.Json is not null)
                {
                    request.Content = JsonContent.Create(row.Json);
                }

                if (row.IfMatch is not null)
                {
                    request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{row.IfMatch}\""));
                }

                if (row.Upload)
                {
                    request.Content = new MultipartFormDataContent { { new ByteArrayContent(Sop.Png()), "berkas", "matriks.png" } };
                }

                return await client.SendAsync(request);
            }

            var session = await SessionAsync(user);
            if (row.Form is not null)
            {
                var fields = row.Form.Select(f => f.Split('=', 2)).Select(p => new KeyValuePair<string, string>(p[0], Fill(p[1]))).ToList();
                fields.Add(new("__RequestVerificationToken", await session.AntiforgeryTokenAsync(user is null ? "/admin/masuk" : "/admin/token")));
                request.Content = new FormUrlEncodedContent(fields);
            }

            var response = await session.Http.SendAsync(request);
            if (row.Key == "POST /admin/keluar" && user is not null)
            {
                _sessions.Remove(user); // signed out: the next row signs in again
            }

            return response;
        }

        private async Task<RawSession> SessionAsync(string? user)
        {
            var key = user ?? string.Empty;
            if (!_sessions.TryGetValue(key, out var session))
            {
                session = user is null ? RawSession.Anonymous(App.Factory) : await RawSession.SignInAsync(App.Factory, user);
                _sessions[key] = session;
            }

            return session;
        }

        public async Task DisposeAsync()
        {
            foreach (var session in _sessions.Values)
            {
                session.Dispose();
            }

            await App.DisposeAsync();
        }
    }
}
