namespace SopPublikasi.Module.Security.Permissions;

/// <summary>Every permission the registered features declare, in registration order.</summary>
public sealed class PermissionCatalog(IEnumerable<IPermissionProvider> providers)
{
    public IReadOnlyList<IPermissionProvider> Providers { get; } = [.. providers];

    public IReadOnlyList<Permission> All => [.. Providers.SelectMany(p => p.Permissions)];

    public Permission? Find(string? name) => All.FirstOrDefault(p => p.Name == name);

    /// <summary>The default grants as (role, permission) pairs.</summary>
    public IEnumerable<(string Role, string Permission)> Defaults =>
        Providers.SelectMany(p => p.DefaultRoles.SelectMany(d => d.Value.Select(role => (role, d.Key))));
}
