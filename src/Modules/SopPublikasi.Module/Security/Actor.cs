using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Security.Permissions;

namespace SopPublikasi.Module.Security;

/// <summary>
/// Who acts: a signed-in person with every role they hold and every permission those roles are granted, or the
/// system (step 8). The roles decide which SOP step is theirs (the workflow's data); the permissions decide what else
/// they may do (write a draft, see an item). <see cref="ActorResolver"/> fills <see cref="Permissions"/> from the
/// grants in the database (<see cref="PermissionService"/>); an actor built from roles alone carries the core's
/// default grants of those roles (<see cref="PermissionCatalog.DefaultsFor"/>).
/// </summary>
public sealed record Actor(string Id, string Name, IReadOnlySet<string> Roles)
{
    public Actor(string id, string name, IReadOnlySet<string> roles, IReadOnlySet<string> permissions)
        : this(id, name, roles) =>
        Permissions = permissions ?? throw new ArgumentNullException(nameof(permissions));

    public static Actor System { get; } = new("sistem", "Sistem SopPublikasi", new HashSet<string> { SopRoles.System });

    /// <summary>The names of the permissions this person holds (<see cref="Permission.Name"/>).</summary>
    public IReadOnlySet<string> Permissions { get; init; } = PermissionCatalog.Core.DefaultsFor(Roles);

    public bool Has(string role) => Roles.Contains(role);

    public bool May(string permission) => Permissions.Contains(permission);
}
