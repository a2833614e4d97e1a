using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Security.Permissions;

namespace SopPublikasi.Module.Security;

/// <summary>
/// Turns a signed-in user into an <see cref="Actor"/> with the roles the database holds now and the permissions
/// granted to them, through <see cref="PermissionService"/> (the one path every permission check takes).
/// </summary>
public sealed class ActorResolver(UserManager<AppUser> users, PermissionService permissions)
{
    /// <summary>
    /// The signed-in person; when the principal carries <see cref="ActorClaims.IssuedBy"/> (a token issued for them by
    /// someone else), that person acted for by the issuer (<see cref="Actor.OnBehalfOf"/>), never the owner alone.
    /// </summary>
    public async Task<Actor?> FromPrincipalAsync(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return null;
        }

        var actor = await FromUserAsync(user);
        if (principal.FindFirstValue(ActorClaims.IssuedBy) is not { Length: > 0 } issuerId || issuerId == user.Id)
        {
            return actor;
        }

        // The scheme read the issuer when it let the request in and put their name beside the id; without it the id names them.
        return actor.OnBehalfOf(issuerId, principal.FindFirstValue(ActorClaims.IssuedByName) ?? issuerId);
    }

    public async Task<Actor?> FindAsync(string? userId)
    {
        var user = string.IsNullOrEmpty(userId) ? null : await users.FindByIdAsync(userId);
        return user is null ? null : await FromUserAsync(user);
    }

    public Task<Actor> FromUserAsync(AppUser user) => permissions.ActorOfAsync(user);

    public async Task<IReadOnlyList<AppUser>> InRoleAsync(string role) =>
        [.. (await users.GetUsersInRoleAsync(role)).OrderBy(u => u.FullName, StringComparer.Ordinal)];
}
