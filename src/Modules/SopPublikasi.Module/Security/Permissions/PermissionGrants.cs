using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Security.Permissions;

/// <summary>The grants of permissions to roles as stored, read and changed per role by the Hak Akses page.</summary>
public sealed class PermissionGrants(SopDbContext db)
{
    public async Task<IReadOnlySet<(string Role, string Permission)>> AllAsync(CancellationToken ct) =>
        (await db.PermissionGrants.AsNoTracking().ToListAsync(ct)).Select(g => (g.RoleName, g.Permission)).ToHashSet();

    /// <summary>Makes <paramref name="permissions"/> the role's whole set of grants (names already checked against the catalog).</summary>
    public async Task SetAsync(string role, IReadOnlySet<string> permissions, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(permissions);
        var current = await db.PermissionGrants.Where(g => g.RoleName == role).ToListAsync(ct);
        db.PermissionGrants.RemoveRange(current.Where(g => !permissions.Contains(g.Permission)));
        db.PermissionGrants.AddRange(permissions.Where(p => current.All(g => g.Permission != p))
            .Select(p => new PermissionGrant { RoleName = role, Permission = p }));
        await db.SaveChangesAsync(ct);
    }
}
