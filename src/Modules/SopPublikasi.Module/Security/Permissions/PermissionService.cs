using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Security.Permissions;

/// <summary>
/// The one place that answers "may this person do P": the person's roles as the database holds them now (not the
/// sign-in cookie's) and the grants of those roles. It builds every <see cref="Actor"/> of a person
/// (<see cref="ActorResolver"/> asks it), so the permissions an actor carries into the aggregate
/// (<see cref="Materi.MateriPublikasi.CanEdit"/>) and the access filter (<see cref="Materi.MateriAccess"/>) are the same
/// grants the pages, the menu, the API and the media endpoints check. Scoped: the grants are read once per request.
/// </summary>
public sealed class PermissionService(SopDbContext db, UserManager<AppUser> users)
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

    /// <summary>Whether the grants of <paramref name="actor"/>'s roles include <paramref name="permission"/>.</summary>
    public async Task<bool> MayAsync(Actor actor, string permission)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return (await GrantedToAsync(actor.Roles)).Contains(permission);
    }

    /// <summary>The permissions granted to any of <paramref name="roles"/>.</summary>
    public async Task<IReadOnlySet<string>> GrantedToAsync(IEnumerable<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var grants = await GrantsAsync();
        var held = roles.ToHashSet(StringComparer.Ordinal);
        return grants.Where(g => held.Contains(g.Role)).Select(g => g.Permission).ToHashSet(StringComparer.Ordinal);
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
            var person = await users.GetUserAsync(user);
            actor = person is null ? null : await ActorOfAsync(person);
            _actors[id] = actor;
        }

        return actor;
    }

    /// <summary>The person as an <see cref="Actor"/>: their roles now and the permissions granted to them.</summary>
    public async Task<Actor> ActorOfAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var roles = (await users.GetRolesAsync(user)).ToHashSet(StringComparer.Ordinal);
        return new Actor(user.Id, NameOf(user), roles, await GrantedToAsync(roles));
    }

    /// <summary>How a person is named where they act: their full name, else their user name.</summary>
    public static string NameOf(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return string.IsNullOrWhiteSpace(user.FullName) ? user.UserName ?? user.Id : user.FullName;
    }

    private async Task<HashSet<(string Role, string Permission)>> GrantsAsync() =>
        _grants ??= [.. (await db.PermissionGrants.AsNoTracking().ToListAsync()).Select(g => (g.RoleName, g.Permission))];
}
