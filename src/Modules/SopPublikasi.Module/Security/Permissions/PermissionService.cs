using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.Module.Security.Permissions;

/// <summary>
/// The one place that answers "may this person do P": the person's roles as the database holds them now (as
/// <see cref="ActorResolver"/> reads them, not the sign-in cookie's) and the grants of those roles. Scoped: the
/// roles and grants are read once per request.
/// </summary>
public sealed class PermissionService(SopDbContext db, ActorResolver actors)
{
    private readonly Dictionary<string, Actor?> _actors = new(StringComparer.Ordinal);
    private HashSet<(string Role, string Permission)>? _grants;

    public Task<bool> MayAsync(ClaimsPrincipal user, Permission permission)
    {
        ArgumentNullException.ThrowIfNull(permission);
        return MayAsync(user, permission.Name);
    }

    public async Task<bool> MayAsync(ClaimsPrincipal user, string permission)
    {
        var actor = await ActorAsync(user);
        return actor is not null && await MayAsync(actor, permission);
    }

    public async Task<bool> MayAsync(Actor actor, string permission)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var grants = await GrantsAsync();
        return actor.Roles.Any(role => grants.Contains((role, permission)));
    }

    /// <summary>The signed-in person with the roles the database holds now, once per request.</summary>
    public async Task<Actor?> ActorAsync(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;
        if (!_actors.TryGetValue(id, out var actor))
        {
            actor = await actors.FromPrincipalAsync(user);
            _actors[id] = actor;
        }

        return actor;
    }

    private async Task<HashSet<(string Role, string Permission)>> GrantsAsync() =>
        _grants ??= [.. (await db.PermissionGrants.AsNoTracking().ToListAsync()).Select(g => (g.RoleName, g.Permission))];
}
