using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.Module.Identity;

/// <summary>Turns a signed-in user into an <see cref="Actor"/> with the roles the database holds now.</summary>
public sealed class ActorResolver(UserManager<AppUser> users)
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

    public async Task<Actor> FromUserAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var roles = await users.GetRolesAsync(user);
        return new Actor(user.Id, string.IsNullOrWhiteSpace(user.FullName) ? user.UserName ?? user.Id : user.FullName, roles.ToHashSet(StringComparer.Ordinal));
    }

    public async Task<IReadOnlyList<AppUser>> InRoleAsync(string role) =>
        [.. (await users.GetUsersInRoleAsync(role)).OrderBy(u => u.FullName, StringComparer.Ordinal)];
}
