using SopPublikasi.Module.Identity;

namespace SopPublikasi.Module.Security.Permissions;

/// <summary>The core's permissions: people, the SOP's and the site's settings, and the grants themselves.</summary>
public static class CorePermissions
{
    public const string KelolaHakAksesName = "KelolaHakAkses";
    public const string KelolaPenggunaName = "KelolaPengguna";
    public const string KelolaPengaturanName = "KelolaPengaturan";

    public static readonly Permission KelolaHakAkses = new(KelolaHakAksesName, "Mengelola hak akses peran");
    public static readonly Permission KelolaPengguna = new(KelolaPenggunaName, "Mengelola pengguna dan perannya");
    public static readonly Permission KelolaPengaturan = new(KelolaPengaturanName, "Mengelola pengaturan (Waktu SOP, instruksi disposisi, situs)");

    public static PermissionProvider Provider { get; } = new(
        (KelolaPengguna, [SopRoles.Administrator]),
        (KelolaPengaturan, [SopRoles.Administrator]),
        (KelolaHakAkses, [SopRoles.Administrator]));
}
