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

    /// <summary>
    /// The id of the person who acts for this one with a token issued for them by someone else (an administrator),
    /// or null when the person acts themself. The owner's roles and permissions still decide what may be done;
    /// <see cref="Name"/> then reads "&lt;issuer&gt; atas nama &lt;owner&gt;", so that whatever records the actor
    /// (history, versions, webhooks, notifications) never names the owner alone.
    /// </summary>
    public string? IssuerId { get; init; }

    /// <summary>Everyone who acts in this actor's moves: the person, and the issuer when acting on their behalf.</summary>
    public IReadOnlyList<string> ActingIds => IssuerId is null ? [Id] : [Id, IssuerId];

    /// <summary>
    /// This person acted for by <paramref name="issuerName"/> (<paramref name="issuerId"/>) with a token issued for
    /// them. The name is kept within the 200 characters a recorded name may have.
    /// </summary>
    public Actor OnBehalfOf(string issuerId, string issuerName)
    {
        ArgumentException.ThrowIfNullOrEmpty(issuerId);
        return this with { IssuerId = issuerId, Name = OnBehalfName(issuerName, Name) };
    }

    /// <summary>"&lt;issuer&gt; atas nama &lt;owner&gt;", at most <see cref="MaxNameLength"/> characters.</summary>
    public static string OnBehalfName(string issuerName, string ownerName)
    {
        ArgumentNullException.ThrowIfNull(issuerName);
        ArgumentNullException.ThrowIfNull(ownerName);
        const string Between = " atas nama ";
        var room = (MaxNameLength - Between.Length) / 2;
        return Clip(issuerName, room) + Between + Clip(ownerName, room);
    }

    /// <summary>The length of the columns a recorded name goes into.</summary>
    public const int MaxNameLength = 200;

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    public bool Has(string role) => Roles.Contains(role);

    public bool May(string permission) => Permissions.Contains(permission);
}
