namespace SopPublikasi.Module.Halaman;

/// <summary>The standing pages a kecamatan site has; created empty-but-useful once, then edited in the admin.</summary>
public static class HalamanSeed
{
    public static IReadOnlyList<HalamanStatis> All { get; } =
    [
        Page(HalamanGrup.Profil, 1, "sejarah", "Sejarah", "<p>Sejarah singkat kecamatan: pembentukan, perkembangan wilayah, dan tokoh-tokohnya.</p>"),
        Page(HalamanGrup.Profil, 2, "visi-misi", "Visi dan Misi", "<p>Visi dan misi kecamatan sesuai Rencana Strategis.</p>"),
        Page(HalamanGrup.Profil, 3, "struktur-organisasi", "Struktur Organisasi", "<p>Camat, Sekretaris Kecamatan, Kepala Subbagian, dan Kepala Seksi beserta tugasnya.</p>"),
        Page(HalamanGrup.Profil, 4, "pejabat", "Pejabat", "<p>Daftar pejabat struktural kecamatan.</p>"),
        Page(HalamanGrup.Profil, 5, "desa-kelurahan", "Desa dan Kelurahan", "<p>Daftar desa dan kelurahan di wilayah kecamatan beserta kontak kantornya.</p>"),
        Page(HalamanGrup.Layanan, 1, "standar-pelayanan", "Standar Pelayanan", "<p>Standar pelayanan kecamatan: persyaratan, prosedur, waktu, dan biaya (gratis) setiap layanan.</p>"),
        Page(HalamanGrup.Layanan, 2, "persyaratan", "Persyaratan Layanan", "<ul><li>Surat pengantar dari desa/kelurahan</li><li>Fotokopi KTP-el dan Kartu Keluarga</li></ul>"),
    ];

    private static HalamanStatis Page(string grup, int urutan, string slug, string judul, string isi) =>
        new() { Grup = grup, Urutan = urutan, Slug = slug, Judul = judul, Isi = isi, UpdatedBy = "Sistem" };
}
