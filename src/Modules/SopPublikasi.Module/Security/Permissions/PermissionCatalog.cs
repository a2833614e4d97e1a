
namespace SopPublikasi.Module.Security.Permissions;

/// <summary>Every permission the registered features declare, in registration order.</summary>
public sealed class PermissionCatalog(IEnumerable<IPermissionProvider> providers)
{
    /// <summary>
    /// The core's own permissions (people, settings, grants; drafts and access to items): the defaults an
    /// <see cref="Actor"/> built from roles alone carries (tests, tools), since the aggregate and the
    /// access filter only ask these.
    /// </summary>
    public static PermissionCatalog Core { get; } = new([CorePermissions.Provider, MateriPermissions.Provider]);

    public IReadOnlyList<IPermissionProvider> Providers { get; } = [.. providers];

    public IReadOnlyList<Permission> All => [.. Providers.SelectMany(p => p.Permissions)];

    public Permission? Find(string? name) => All.FirstOrDefault(p => p.Name == name);

    /// <summary>The default grants as (role, permission) pairs.</summary>
    public IEnumerable<(string Role, string Permission)> Defaults =>
        Providers.SelectMany(p => p.DefaultRoles.SelectMany(d => d.Value.Select(role => (role, d.Key))));

    /// <summary>The permissions the defaults grant to a person holding <paramref name="roles"/> (the union over their roles).</summary>
    public IReadOnlySet<string> DefaultsFor(IEnumerable<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var held = roles.ToHashSet(StringComparer.Ordinal);
        return Defaults.Where(d => held.Contains(d.Role)).Select(d => d.Permission).ToHashSet(StringComparer.Ordinal);
    }
}
