using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Security.Permissions;

namespace SopPublikasi.Module.CrossPosting;

/// <summary>This feature's permissions and the SOP roles that hold them by default.</summary>
public static class CrossPostingPermissions
{
    public const string KelolaSaluranName = "KelolaSaluran";

    public static readonly Permission KelolaSaluran = new(KelolaSaluranName, "Mengelola saluran dan kiriman media sosial");

    public static PermissionProvider Provider { get; } = new((KelolaSaluran, [SopRoles.Administrator]));
}
