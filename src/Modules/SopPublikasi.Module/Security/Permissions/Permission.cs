namespace SopPublikasi.Module.Security.Permissions;

/// <summary>
/// Something a person may be allowed to do, granted to roles as data. <see cref="Name"/> is the stable key stored in
/// the grants (e.g. "KelolaWebhook"); <see cref="Title"/> is what an administrator reads (e.g. "Mengelola webhook").
/// </summary>
public sealed record Permission(string Name, string Title)
{
    /// <summary>The authorization policy that requires this permission (see <see cref="PermissionPolicy"/>).</summary>
    public string Policy => PermissionPolicy.For(Name);
}

/// <summary>A feature's permissions and the SOP roles (<c>SopRoles</c>) each is granted to when first seen.</summary>
public interface IPermissionProvider
{
    IReadOnlyList<Permission> Permissions { get; }

    /// <summary>Default grants: the role names each permission is given to the first time the site sees it.</summary>
    IReadOnlyDictionary<string, IReadOnlyList<string>> DefaultRoles { get; }
}

/// <summary>A provider as plain data: each permission with the roles it is granted to by default.</summary>
public class PermissionProvider(params (Permission Permission, string[] Roles)[] defaults) : IPermissionProvider
{
    public IReadOnlyList<Permission> Permissions { get; } = [.. defaults.Select(d => d.Permission)];

    public IReadOnlyDictionary<string, IReadOnlyList<string>> DefaultRoles { get; } =
        defaults.ToDictionary(d => d.Permission.Name, d => (IReadOnlyList<string>)[.. d.Roles], StringComparer.Ordinal);
}
