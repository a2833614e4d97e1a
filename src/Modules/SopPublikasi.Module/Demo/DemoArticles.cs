namespace SopPublikasi.Module.Demo;

public static class DemoArticles
{
    public sealed record Article(string NomorAgenda, string Title, string Summary, string Body, int CategoryId, string Place, int DaysAgo, string Klasifikasi);

    public static Article AwaitingVerification { get; } = new(
        "005/105/2026",
        "Posyandu Balita Serentak di Seluruh Desa",
        "Pemeriksaan tumbuh kembang balita dilaksanakan serentak di posyandu seluruh desa.",
        "<p>Kader posyandu bersama bidan desa menimbang dan mengukur balita, memberikan vitamin A, dan penyuluhan gizi seimbang kepada orang tua.</p>",
        1,
        "Posyandu di seluruh desa",
        2,
        "berkala");

    public static IReadOnlyList<Article> All { get; } =
    [
        new(
            "005/101/2026",
            "Musyawarah Perencanaan Pembangunan Kecamatan Tahun 2027",
            "Camat membuka Musrenbang Kecamatan yang membahas usulan prioritas pembangunan dari seluruh desa dan kelurahan.",
            "<p>Musyawarah Perencanaan Pembangunan (Musrenbang) tingkat kecamatan dibuka oleh Camat di Pendapa Kecamatan. Kegiatan diikuti kepala desa, lurah, BPD, tokoh masyarakat, dan perwakilan perempuan serta pemuda.</p><p>Usulan yang disepakati meliputi perbaikan jalan desa, saluran irigasi, dan peningkatan layanan posyandu.</p>",
            1,
            "Pendapa Kecamatan",
            3,
            "berkala"),
        new(
            "005/102/2026",
            "Pengumuman Jam Pelayanan Kantor Kecamatan Selama Libur Akhir Tahun",
            "Pelayanan administrasi kependudukan tetap buka dengan jam layanan khusus selama libur akhir tahun.",
            "<p>Kantor Kecamatan tetap melayani masyarakat selama libur akhir tahun pada pukul 08.00 sampai 12.00 WIB, kecuali pada hari libur nasional.</p><ul><li>Layanan KTP-el dan KK</li><li>Surat keterangan</li><li>Legalisasi dokumen</li></ul>",
            2,
            "Kantor Kecamatan",
            1,
            "setiap-saat"),
        new(
            "005/103/2026",
            "Kerja Bakti Bersama Menjelang Musim Hujan",
            "Warga bersama perangkat kecamatan membersihkan saluran air untuk mencegah banjir menjelang musim hujan.",
            "<p>Kerja bakti membersihkan saluran air dilaksanakan serentak di seluruh desa. Kegiatan ini melibatkan TNI, Polri, relawan, dan warga.</p>",
            1,
            "Seluruh desa",
            0,
            "berkala"),
    ];
}
