using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Security.Permissions;

namespace SopPublikasi.Module.Halaman;

/// <summary>This feature's permissions and the SOP roles that hold them by default.</summary>
public static class HalamanPermissions
{
    public const string SuntingHalamanName = "SuntingHalaman";

    public static readonly Permission SuntingHalaman = new(SuntingHalamanName, "Menyunting halaman Profil dan Layanan");

    public static PermissionProvider Provider { get; } = new((SuntingHalaman, [SopRoles.Administrator, SopRoles.Sekretaris]));
}
