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
    public async Task<Actor?> FromPrincipalAsync(ClaimsPrincipal principal)
    {
        var user = await users.GetUserAsync(principal);
        return user is null ? null : await FromUserAsync(user);
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
