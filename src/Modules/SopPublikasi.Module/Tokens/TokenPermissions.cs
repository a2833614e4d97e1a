using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Security.Permissions;

namespace SopPublikasi.Module.Tokens;

/// <summary>This feature's permissions and the SOP roles that hold them by default.</summary>
public static class TokenPermissions
{
    public const string KelolaTokenSemuaName = "KelolaTokenSemua";

    public static readonly Permission KelolaTokenSemua = new(KelolaTokenSemuaName, "Membuat token API untuk pengguna lain");

    public static PermissionProvider Provider { get; } = new((KelolaTokenSemua, [SopRoles.Administrator]));
}
