using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Security.Permissions;

namespace SopPublikasi.Module.LayananInformasi;

/// <summary>The PPID desk's permissions and the roles that hold them by default.</summary>
public static class LayananPermissions
{
    public const string LihatRegisterName = "LihatRegisterLayanan";
    public const string LihatDataPemohonName = "LihatDataPemohon";
    public const string CatatPermohonanName = "CatatPermohonan";
    public const string SiapkanJawabanName = "SiapkanJawaban";
    public const string PutuskanPermohonanName = "PutuskanPermohonan";
    public const string JawabKeberatanName = "JawabKeberatan";
    public const string LihatLaporanName = "LihatLaporanLayanan";
    public const string KelolaHariLiburName = "KelolaHariLibur";

    public static readonly Permission LihatRegister = new(LihatRegisterName, "Melihat register permohonan dan keberatan");
    public static readonly Permission LihatDataPemohon = new(LihatDataPemohonName, "Melihat data pribadi pemohon (NIK, alamat, kontak, kartu identitas)");
    public static readonly Permission CatatPermohonan = new(CatatPermohonanName, "Mencatat permohonan yang datang lewat surat, kunjungan atau WhatsApp");
    public static readonly Permission SiapkanJawaban = new(SiapkanJawabanName, "Menyiapkan jawaban permohonan");
    public static readonly Permission PutuskanPermohonan = new(PutuskanPermohonanName, "Memutuskan dan memperpanjang permohonan informasi");
    public static readonly Permission JawabKeberatan = new(JawabKeberatanName, "Menjawab keberatan (atasan PPID)");
    public static readonly Permission LihatLaporan = new(LihatLaporanName, "Melihat dan mengunduh laporan layanan informasi");
    public static readonly Permission KelolaHariLibur = new(KelolaHariLiburName, "Mengelola hari libur nasional dan cuti bersama");

    /// <summary>What a person reads for a permission's name (its title), never the name itself.</summary>
    public static string TitleOf(string name) =>
        Provider.Permissions.FirstOrDefault(p => p.Name == name)?.Title ?? name;

    public static PermissionProvider Provider { get; } = new(
        (LihatRegister, [SopRoles.PpidPembantu, SopRoles.Pencatat, SopRoles.StafSekretariat, SopRoles.AtasanPpid, SopRoles.Administrator]),
        (LihatDataPemohon, [SopRoles.PpidPembantu, SopRoles.Pencatat, SopRoles.StafSekretariat, SopRoles.AtasanPpid]),
        (CatatPermohonan, [SopRoles.PpidPembantu, SopRoles.Pencatat]),
        (SiapkanJawaban, [SopRoles.PpidPembantu, SopRoles.StafSekretariat, SopRoles.Pencatat]),
        (PutuskanPermohonan, [SopRoles.PpidPembantu]),
        (JawabKeberatan, [SopRoles.AtasanPpid]),
        (LihatLaporan, [SopRoles.PpidPembantu, SopRoles.AtasanPpid, SopRoles.Sekretaris, SopRoles.Administrator]),
        (KelolaHariLibur, [SopRoles.Administrator, SopRoles.PpidPembantu]));
}
