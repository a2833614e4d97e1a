namespace SopPublikasi.Module.Security.Permissions;

/// <summary>One permission granted to one role (by role name, as the workflow refers to roles).</summary>
public sealed class PermissionGrant
{
    public required string RoleName { get; set; }

    public required string Permission { get; set; }
}

/// <summary>
/// A permission the site has already seen: its default grants were added then, once. A grant an administrator
/// revokes later is therefore not added again on the next start.
/// </summary>
public sealed class SeededPermission
{
    public required string Name { get; set; }
}
